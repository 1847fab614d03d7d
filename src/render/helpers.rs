//! The template helpers: `{{t "message-id" …}}` formats a message in both languages and
//! `{{bi value}}` writes a bilingual value in both, each escaped as text.

use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use handlebars::{
    html_escape, Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext,
    RenderError as HbError, RenderErrorReason,
};
use serde_json::Value;

use super::Locales;

/// `{{t "message-id" name=value…}}`: the message in both languages.
pub(super) struct Translate(pub(super) Arc<Locales>);

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
pub(super) fn plain(value: &Value, zh: bool) -> String {
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
pub(super) struct BothLanguages;

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
