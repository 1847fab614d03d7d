//! The built-in templates, messages, platform profiles and holiday notices; exporting them
//! for a firm to edit, and reading a firm's folder of overrides.

use std::path::{Path, PathBuf};

use super::{error, RenderError};

/// The built-in templates: (name, Handlebars source).
pub const TEMPLATES: [(&str, &str); 10] = [
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
    ("art43-notice", include_str!("../../templates/art43-notice.hbs")),
    ("special-poa", include_str!("../../templates/special-poa.hbs")),
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

/// The override files under `dir`: templates/*.hbs, templates/platforms/*.yaml,
/// templates/holidays/*.yaml, locales/<lang>/*.ftl, sorted.
pub(super) fn read_overrides(dir: &Path) -> Result<Vec<(PathBuf, String)>, RenderError> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::FontSet;
    use crate::render::Templates;

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
}
