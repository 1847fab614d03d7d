//! One row of the Clients / 客户 sheet → a [`Client`].

use super::fast_hash::FastMap;
use super::ident::uscc_warning;
use super::row::RowReader;
use super::{Bilingual, Client, Country};
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
    let signatory = r.text(Field::Signatory).or_else(|| representative.clone());
    if signatory.is_none() && (r.has_column(Field::Signatory) || r.has_column(Field::Representative)) {
        r.warning(
            Field::Signatory,
            "no signatory and no legal representative; the signature line will be left blank",
        );
    }
    let signatory_title = r.text(Field::SignatoryTitle);
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
        email,
        phone,
        licence,
        licence_translation,
        extra,
        source: r.source(),
    })
}
