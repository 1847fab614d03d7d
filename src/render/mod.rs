//! Render: a packet's data + Handlebars templates + Fluent messages → a typed [`Document`].
//!
//! One template renders once for both languages. `{{t "poa-grant" client=client.name}}` emits
//! `<en>…</en><zh>…</zh>` with the message formatted in each language, a bilingual value
//! (`{en, zh}`) given to each language in its own; `{{bi value}}` does the same for a value.
//! Every data value is HTML-escaped on its way in, so the block markup ([`markup`]) that the
//! template produces can only ever hold it as text.

pub mod markup;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use handlebars::{
    html_escape, Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext,
    RenderError as HbError, RenderErrorReason,
};
use serde_json::Value;

use crate::calendar::Calendar;
use crate::document::{Bi, Document, Text};
use crate::fonts::FontSet;
use crate::platform::Profiles;

/// The built-in templates: (name, Handlebars source).
pub const TEMPLATES: [(&str, &str); 8] = [
    (
        "power-of-attorney",
        include_str!("../../templates/power-of-attorney.hbs"),
    ),
    ("complaint", include_str!("../../templates/complaint.hbs")),
    ("notice-letter", include_str!("../../templates/notice-letter.hbs")),
    (
        "ip-rights-schedule",
        include_str!("../../templates/ip-rights-schedule.hbs"),
    ),
    ("cover-letter", include_str!("../../templates/cover-letter.hbs")),
    ("packet", include_str!("../../templates/packet.hbs")),
    (
        "business-licence",
        include_str!("../../templates/business-licence.hbs"),
    ),
    ("rebuttal", include_str!("../../templates/rebuttal.hbs")),
];

/// The built-in messages: (language, file name, Fluent source).
pub const LOCALES: [(&str, &str, &str); 6] = [
    (
        "en-US",
        "documents.ftl",
        include_str!("../../locales/en-US/documents.ftl"),
    ),
    (
        "zh-CN",
        "documents.ftl",
        include_str!("../../locales/zh-CN/documents.ftl"),
    ),
    (
        "en-US",
        "layout.ftl",
        include_str!("../../locales/en-US/layout.ftl"),
    ),
    (
        "zh-CN",
        "layout.ftl",
        include_str!("../../locales/zh-CN/layout.ftl"),
    ),
    (
        "en-US",
        "rebuttal.ftl",
        include_str!("../../locales/en-US/rebuttal.ftl"),
    ),
    (
        "zh-CN",
        "rebuttal.ftl",
        include_str!("../../locales/zh-CN/rebuttal.ftl"),
    ),
];

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

/// Every file of the built-in set, by its path relative to an export folder.
pub fn builtin_files() -> Vec<(PathBuf, &'static str)> {
    let mut files: Vec<(PathBuf, &str)> = TEMPLATES
        .iter()
        .map(|(name, text)| (Path::new("templates").join(format!("{name}.hbs")), *text))
        .collect();
    files.extend(
        crate::platform::BUILTIN
            .iter()
            .map(|(name, text)| (Path::new("templates/platforms").join(name), *text)),
    );
    files.extend(
        crate::calendar::holidays::BUILTIN
            .iter()
            .map(|(name, text)| (Path::new("templates/holidays").join(name), *text)),
    );
    files.extend(
        LOCALES
            .iter()
            .map(|(lang, name, text)| (Path::new("locales").join(lang).join(name), *text)),
    );
    files
}

/// Writes the built-in templates, messages and profiles under `dir` for a firm to edit;
/// refuses to overwrite a file that exists.
pub fn export(dir: &Path) -> Result<Vec<PathBuf>, RenderError> {
    let mut written = Vec::new();
    for (relative, text) in builtin_files() {
        let path = dir.join(&relative);
        if path.exists() {
            return Err(error(
                path.display().to_string(),
                "already exists; export to an empty folder",
            ));
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| error(parent.display().to_string(), e.to_string()))?;
        }
        std::fs::write(&path, text).map_err(|e| error(path.display().to_string(), e.to_string()))?;
        written.push(relative);
    }
    Ok(written)
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
        doc.meta.client = Bi::new(plain(name, false), plain(name, true));
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

/// The override files under `dir`: templates/*.hbs, templates/platforms/*.yaml,
/// templates/holidays/*.yaml, locales/<lang>/*.ftl, sorted.
fn read_overrides(dir: &Path) -> Result<Vec<(PathBuf, String)>, RenderError> {
    let mut found = Vec::new();
    let folders = [
        ("templates", "hbs"),
        ("templates/platforms", "yaml"),
        ("templates/holidays", "yaml"),
        ("locales/en-US", "ftl"),
        ("locales/zh-CN", "ftl"),
    ];
    for (folder, ext) in folders {
        let Ok(entries) = std::fs::read_dir(dir.join(folder)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_file() && path.extension().is_some_and(|e| e == ext) {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| error(path.display().to_string(), e.to_string()))?;
                found.push((Path::new(folder).join(entry.file_name()), text));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// `{{t "message-id" name=value…}}`: the message in both languages.
struct Translate(Arc<Locales>);

impl HelperDef for Translate {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let id = h
            .param(0)
            .and_then(|p| p.value().as_str())
            .ok_or(RenderErrorReason::ParamNotFoundForIndex("t", 0))?;
        for (tag, bundle, zh) in [("en", &self.0.en, false), ("zh", &self.0.zh, true)] {
            let mut args = FluentArgs::new();
            for (name, value) in h.hash() {
                args.set(*name, fluent_value(value.value(), zh));
            }
            let message = bundle.get_message(id).and_then(|m| m.value()).ok_or_else(|| {
                HbError::from(RenderErrorReason::Other(format!(
                    "no message \"{id}\" in the {tag} messages"
                )))
            })?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(message, Some(&args), &mut errors);
            if let Some(e) = errors.first() {
                return Err(HbError::from(RenderErrorReason::Other(format!(
                    "message \"{id}\" ({tag}): {e}"
                ))));
            }
            out.write(&format!("<{tag}>{text}</{tag}>"))?;
        }
        Ok(())
    }
}

/// A template value as a Fluent argument: escaped text in the message's language; numbers
/// stay numbers (for plural forms).
fn fluent_value(value: &Value, zh: bool) -> FluentValue<'static> {
    match value {
        Value::Number(n) => n
            .as_f64()
            .map_or_else(|| FluentValue::from(n.to_string()), FluentValue::from),
        other => FluentValue::from(html_escape(&plain(other, zh))),
    }
}

/// A value as text in one language: `{en, zh}` objects give their language.
fn plain(value: &Value, zh: bool) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Object(map) => map
            .get(if zh { "zh" } else { "en" })
            .map(|v| plain(v, zh))
            .unwrap_or_default(),
        Value::Array(items) => items
            .iter()
            .map(|v| plain(v, zh))
            .collect::<Vec<_>>()
            .join(if zh { "、" } else { ", " }),
        other => other.to_string(),
    }
}

/// `{{bi value}}`: a bilingual value in both languages, or a plain value once.
struct BothLanguages;

impl HelperDef for BothLanguages {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let value = h.param(0).map(|p| p.value()).unwrap_or(&Value::Null);
        let (en, zh) = (plain(value, false), plain(value, true));
        if en == zh {
            out.write(&html_escape(&en))?;
        } else {
            out.write(&format!(
                "<en>{}</en><zh>{}</zh>",
                html_escape(&en),
                html_escape(&zh)
            ))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_writes_every_builtin_file_once() {
        let dir = tempfile::tempdir().unwrap();
        let written = export(dir.path()).unwrap();
        assert!(written.contains(&PathBuf::from("templates/complaint.hbs")));
        assert!(written.contains(&PathBuf::from("locales/zh-CN/documents.ftl")));
        assert!(written.contains(&PathBuf::from("templates/platforms/jd.yaml")));
        let err = export(dir.path()).unwrap_err();
        assert!(err.message.contains("already exists"), "{err}");
        // An exported folder loads as it is.
        Templates::load(Some(dir.path()), FontSet::builtin()).unwrap();
    }

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
