//! One row of the Clients / 客户 sheet → a [`Client`].

use super::fast_hash::FastMap;
use super::ident::uscc_warning;
use super::row::RowReader;
use super::{Bilingual, Client, Country, Salutation, SALUTATION_HINT};
use crate::ingest::Field;

/// Reads a client row; `seen` maps the ids of earlier rows to their row numbers.
pub(crate) fn read_client(
    r: &mut RowReader,
    seen: &mut FastMap<String, u32>,
    base_dir: &std::path::Path,
) -> Option<Client> {
    let id = r.required(Field::ClientId);
    if let Some(id) = &id {
        if let Some(first) = seen.get(id) {
            let header = r.header(Field::ClientId);
            r.error(
                Field::ClientId,
                format!("{header} \"{id}\" is already used in row {first}"),
            );
        } else {
            seen.insert(id.clone(), r.number());
        }
    }
    let name_en = r.required(Field::NameEn);
    let name_zh = r.text(Field::NameZh);
    if name_zh.is_none() && name_en.is_some() && r.is_blank(Field::NameZh) && r.has_column(Field::NameZh) {
        let header = r.header(Field::NameZh);
        r.warning(
            Field::NameZh,
            format!("{header} is empty; the English name is used in the Chinese text"),
        );
    }
    let country = r.text(Field::Country).map(|text| {
        Country::lookup(&text).unwrap_or_else(|| {
            r.warning(
                Field::Country,
                format!("\"{text}\" is not a country or region takedown knows; kept as written"),
            );
            Country::unknown(&text)
        })
    });
    let company_no = r.required(Field::CompanyNo);
    let prc = country.as_ref().is_none_or(|c| c.code() == "CN");
    if let (Some(number), true) = (&company_no, prc) {
        if let Some(message) = uscc_warning(number) {
            r.warning(Field::CompanyNo, message);
        }
    }
    let address = Bilingual::or_either(r.text(Field::AddressEn), r.text(Field::AddressZh));
    let representative = r.text(Field::Representative);
    let mut signatory = r.text(Field::Signatory);
    if let (None, Some(rep)) = (&signatory, &representative) {
        // A blank signatory cell is filled from the representative, and said so; a sheet
        // without the column signs by its representatives, as documented.
        if r.has_column(Field::Signatory) {
            let at = r.at(Field::Representative);
            let header = r.header(Field::Signatory);
            r.warning(
                Field::Signatory,
                format!("{header} is empty; the legal representative \"{rep}\" ({at}) is named to sign the power of attorney"),
            );
        }
        signatory = Some(rep.clone());
    }
    if signatory.is_none() && (r.has_column(Field::Signatory) || r.has_column(Field::Representative)) {
        r.warning(
            Field::Signatory,
            "no signatory and no legal representative; the signature line will be left blank",
        );
    }
    let signatory_title = r.text(Field::SignatoryTitle);
    let signatory_title_zh = r.text(Field::SignatoryTitleZh);
    let mut surname = None;
    let salutation = match r.text(Field::Salutation) {
        Some(text) => Salutation::parse(&text)
            .or_else(|| {
                let (s, name) = Salutation::parse_with_surname(&text)?;
                surname = Some(name);
                Some(s)
            })
            .or_else(|| {
            r.warning(
                Field::Salutation,
                format!("\"{text}\" is not a salutation takedown knows (expected {SALUTATION_HINT}, or one with the surname, e.g. Mr Chan); letters use the full name without a title"),
            );
            None
        }),
        None => signatory.as_deref().and_then(|s| Salutation::split_name(s).0),
    };
    let seal = r.text(Field::Seal).and_then(|text| {
        let key = text.trim().to_lowercase();
        match key.as_str() {
            "yes" | "y" | "true" | "1" | "是" | "有" => Some(true),
            "no" | "n" | "false" | "0" | "否" | "无" | "没有" => Some(false),
            _ => {
                r.warning(
                    Field::Seal,
                    format!("\"{text}\" is not yes or no (是/否); whether the power of attorney asks for the company seal is decided by the country"),
                );
                None
            }
        }
    });
    let email = r.text(Field::Email);
    if let Some(email) = &email {
        let valid = email
            .split_once('@')
            .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'));
        if !valid {
            r.warning(Field::Email, format!("\"{email}\" is not an email address"));
        }
    }
    let phone = r.text(Field::Phone);
    let licence = r.files(Field::Licence, base_dir);
    let licence_translation = r.files(Field::LicenceTranslation, base_dir);
    let poa_signed_on = r.date(Field::PoaSignedOn);
    let extra = r.extra();
    if r.failed {
        return None;
    }
    Some(Client {
        id: id?,
        name: Bilingual::or_either(name_en, name_zh),
        country,
        company_no: company_no?,
        address,
        representative,
        signatory,
        signatory_title,
        signatory_title_zh,
        salutation,
        surname,
        seal,
        email,
        phone,
        licence,
        licence_translation,
        poa_signed_on,
        extra,
        source: r.source(),
    })
}
