//! Render: a packet's data + Handlebars templates + Fluent messages → a typed [`Document`].
//!
//! One template renders once for both languages. `{{t "poa-grant" client=client.name}}` emits
//! `<en>…</en><zh>…</zh>` with the message formatted in each language, a bilingual value
//! (`{en, zh}`) given to each language in its own; `{{bi value}}` does the same for a value.
//! Every data value is HTML-escaped on its way in, so the block markup ([`markup`]) that the
//! template produces can only ever hold it as text.
//!
//! This file loads the set ([`Templates::load`]) and renders a document; `files` holds the
//! built-in files, exports them and reads a firm's overrides, and `helpers` are the `t` and
//! `bi` template helpers.

mod files;
mod helpers;
pub mod markup;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use handlebars::{Handlebars, RenderError as HbError};
use serde_json::Value;

use crate::calendar::Calendar;
use crate::document::{Bi, Document, Text};
use crate::fonts::FontSet;
use crate::platform::Profiles;
use files::read_overrides;
pub use files::{builtin_files, export, LOCALES, TEMPLATES};
use helpers::{plain, BothLanguages, Translate};

/// Why templates could not be loaded or a document not rendered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{place}: {message}")]
pub struct RenderError {
    /// The template or file.
    pub place: String,
    pub message: String,
}

fn error(place: impl Into<String>, message: impl Into<String>) -> RenderError {
    RenderError {
        place: place.into(),
        message: message.into(),
    }
}

/// English and Chinese messages.
struct Locales {
    en: FluentBundle<FluentResource>,
    zh: FluentBundle<FluentResource>,
}

/// Templates, messages, platform profiles and holiday notices, loaded once and shared by every
/// render.
pub struct Templates {
    registry: Handlebars<'static>,
    locales: Arc<Locales>,
    /// The platform profiles.
    pub profiles: Profiles,
    /// The working-day calendar: the built-in holiday notices and those of the folder.
    pub calendar: Calendar,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates").finish_non_exhaustive()
    }
}

impl Templates {
    /// The built-in set with the files of `dir` (laid out as [`export`] writes them) put in
    /// their place. Every character of every template and message must be in `fonts`.
    pub fn load(dir: Option<&Path>, fonts: &FontSet) -> Result<Templates, RenderError> {
        let mut files: Vec<(PathBuf, String)> = builtin_files()
            .into_iter()
            .map(|(path, text)| (path, text.to_owned()))
            .collect();
        if let Some(dir) = dir {
            if !dir.is_dir() {
                return Err(error(dir.display().to_string(), "is not a folder of templates"));
            }
            for (relative, text) in read_overrides(dir)? {
                match files.iter_mut().find(|(path, _)| *path == relative) {
                    Some(slot) => slot.1 = text,
                    None if relative.starts_with("templates/platforms")
                        || relative.starts_with("templates/holidays") =>
                    {
                        files.push((relative, text))
                    }
                    None => {
                        return Err(error(
                            dir.join(&relative).display().to_string(),
                            "is not a file takedown uses (see `takedown templates export`)",
                        ))
                    }
                }
            }
        }
        for (path, text) in &files {
            if let Some((line, c)) = text
                .lines()
                .enumerate()
                .find_map(|(n, l)| fonts.first_unsettable(l).map(|c| (n + 1, c)))
            {
                return Err(error(
                    format!("{}:{line}", path.display()),
                    format!(
                        "no configured font has the character \"{c}\" (U+{:04X}); add a font that has it to the config's fonts",
                        c as u32
                    ),
                ));
            }
        }

        let mut registry = Handlebars::new();
        registry.set_strict_mode(false);
        let mut bundles = Vec::new();
        for lang in ["en-US", "zh-CN"] {
            let id: unic_langid::LanguageIdentifier = lang.parse().expect("valid language tag");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            bundles.push(bundle);
        }
        let mut profiles = Vec::new();
        let mut holidays = Vec::new();
        for (path, text) in files {
            let place = path.display().to_string();
            if path.starts_with("templates/holidays") {
                holidays.push((place, text));
            } else if path.starts_with("templates/platforms") {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                profiles.push((name, text));
            } else if path.starts_with("templates") {
                let name = path
                    .file_stem()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                registry
                    .register_template_string(&name, text)
                    .map_err(|e| error(&place, e.to_string()))?;
            } else {
                let bundle = if path.starts_with("locales/en-US") {
                    &mut bundles[0]
                } else {
                    &mut bundles[1]
                };
                let resource = FluentResource::try_new(text).map_err(|(_, errors)| {
                    error(
                        &place,
                        format!(
                            "{} Fluent syntax errors, the first: {:?}",
                            errors.len(),
                            errors[0]
                        ),
                    )
                })?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| error(&place, format!("{:?}", errors[0])))?;
            }
        }
        let zh = bundles.pop().expect("two bundles");
        let en = bundles.pop().expect("two bundles");
        let locales = Arc::new(Locales { en, zh });
        registry.register_helper("t", Box::new(Translate(Arc::clone(&locales))));
        registry.register_helper("bi", Box::new(BothLanguages));
        let profiles = Profiles::parse(profiles.iter().map(|(name, text)| (name.clone(), text.as_str())))
            .map_err(|message| error("templates/platforms", message))?;
        let calendar = Calendar::parse(holidays.iter().map(|(name, text)| (name.clone(), text.as_str())))
            .map_err(|e| {
                let place = match e.line {
                    Some(line) => format!("{}:{line}", e.file),
                    None => e.file.clone(),
                };
                error(place, e.message)
            })?;
        Ok(Templates {
            registry,
            locales,
            profiles,
            calendar,
        })
    }

    /// Renders template `name` with `data` and parses the markup into a document.
    pub fn render(&self, name: &str, data: &Value) -> Result<Document, RenderError> {
        let markup = self
            .registry
            .render(name, data)
            .map_err(|e| error(format!("templates/{name}.hbs"), render_message(&e)))?;
        let mut doc =
            markup::parse(&markup).map_err(|e| error(format!("templates/{name}.hbs"), e.to_string()))?;
        self.fill_layout_texts(&mut doc, data);
        Ok(doc)
    }

    /// The client (for the footer) and the texts layout adds (locales/*/layout.ftl).
    fn fill_layout_texts(&self, doc: &mut Document, data: &Value) {
        let name = &data["client"]["name"];
        doc.meta.client = Bi {
            en: Text::marked(&plain(name, false), false),
            zh: Text::marked(&plain(name, true), true),
        };
        let message = |zh: bool, id: &str, title: &Text| -> String {
            let bundle = if zh { &self.locales.zh } else { &self.locales.en };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                return String::new();
            };
            let mut args = FluentArgs::new();
            args.set("title", FluentValue::from(title.to_plain()));
            let mut errors = Vec::new();
            bundle
                .format_pattern(pattern, Some(&args), &mut errors)
                .into_owned()
        };
        let both =
            |id: &str, title: &Bi| Bi::new(message(false, id, &title.en), message(true, id, &title.zh));
        let title = doc.meta.title.clone();
        doc.meta.signature_follows = both("layout-signature-follows", &title);
        doc.meta.signature_page = both("layout-signature-page", &title);
        doc.meta.continued = both("layout-continued", &title);
    }
}

fn render_message(e: &HbError) -> String {
    match e.line_no {
        Some(line) => format!("line {line}: {}", e.reason()),
        None => e.reason().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_replace_builtins_and_typos_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        std::fs::write(
            dir.path().join("templates/complaint.hbs"),
            "<doc><p>{{t \"nope\"}}</p></doc>",
        )
        .unwrap();
        let templates = Templates::load(Some(dir.path()), FontSet::builtin()).unwrap();
        let err = templates.render("complaint", &serde_json::json!({})).unwrap_err();
        assert_eq!(err.place, "templates/complaint.hbs");
        assert!(
            err.message.contains("no message \"nope\" in the en messages"),
            "{err}"
        );

        std::fs::write(dir.path().join("templates/complain.hbs"), "<doc></doc>").unwrap();
        let err = Templates::load(Some(dir.path()), FontSet::builtin()).unwrap_err();
        assert!(err.message.contains("is not a file takedown uses"), "{err}");
    }

    #[test]
    fn a_character_no_font_has_is_refused_at_load() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("locales/zh-CN")).unwrap();
        let text = LOCALES[1].2.to_owned() + "\nextra-rare = 𠮷\n";
        std::fs::write(dir.path().join("locales/zh-CN/documents.ftl"), text).unwrap();
        let err = Templates::load(Some(dir.path()), FontSet::builtin()).unwrap_err();
        assert!(err.message.contains("\"𠮷\" (U+20BB7)"), "{err}");
        assert!(err.place.starts_with("locales/zh-CN/documents.ftl:"), "{err}");
    }
}
