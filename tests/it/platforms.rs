//! Platform profiles: the five added platforms recognised from their listing links, what each
//! profile says it accepts, and the warning for a right a platform may refuse.

use takedown::model::{canonicalize, Country, Date, LinkKind, ListingKey, Platform, RightType};
use takedown::platform::strength::{warning, Strength};
use takedown::platform::{Acceptance, EvaluationReport, Profiles, BUILTIN};

fn d(year: u32, month: u32, day: u32) -> Date {
    Date::new(year, month, day).expect("valid date")
}

/// A link and what it must give: platform, kind, item id, canonical link, profile id.
type Expected = (
    &'static str,
    Platform,
    LinkKind,
    Option<&'static str>,
    &'static str,
    &'static str,
);

const LINKS: &[Expected] = &[
    (
        "https://www.xiaohongshu.com/goods-detail/5F8A1B2C3D4E5F6A7B8C9D0E?xsec_token=AB1&xsec_source=app_share",
        Platform::Xiaohongshu,
        LinkKind::Item,
        Some("5f8a1b2c3d4e5f6a7b8c9d0e"),
        "https://www.xiaohongshu.com/goods-detail/5f8a1b2c3d4e5f6a7b8c9d0e",
        "xiaohongshu",
    ),
    (
        "https://www.xiaohongshu.com/discovery/item/64a1b2c3d4e5f6a7b8c9d0e1",
        Platform::Xiaohongshu,
        LinkKind::Item,
        Some("64a1b2c3d4e5f6a7b8c9d0e1"),
        "https://www.xiaohongshu.com/explore/64a1b2c3d4e5f6a7b8c9d0e1",
        "xiaohongshu",
    ),
    (
        "http://xhslink.com/a/AbCdEf123",
        Platform::Xiaohongshu,
        LinkKind::Short,
        None,
        "http://xhslink.com/a/AbCdEf123",
        "xiaohongshu",
    ),
    (
        "https://app.kwaixiaodian.com/page/kwaishop-buyer-goods-detail?id=21234567890123&utm_source=share",
        Platform::Kuaishou,
        LinkKind::Item,
        Some("21234567890123"),
        "https://app.kwaixiaodian.com/page/kwaishop-buyer-goods-detail?id=21234567890123",
        "kuaishou",
    ),
    (
        "https://v.kuaishou.com/Ab12Cd",
        Platform::Kuaishou,
        LinkKind::Short,
        None,
        "https://v.kuaishou.com/Ab12Cd",
        "kuaishou",
    ),
    (
        "https://channels.weixin.qq.com/shop/detail?pid=10000123&spm=a.b",
        Platform::Wechat,
        LinkKind::NoItemId,
        None,
        "https://channels.weixin.qq.com/shop/detail?pid=10000123",
        "wechat",
    ),
    (
        "https://m.dewu.com/router/product/ProductDetail?spuId=1234567&utm_medium=share",
        Platform::Dewu,
        LinkKind::Item,
        Some("1234567"),
        "https://m.dewu.com/router/product/ProductDetail?spuId=1234567",
        "dewu",
    ),
    (
        "https://i.meituan.com/shop/98765#reviews",
        Platform::Meituan,
        LinkKind::NoItemId,
        None,
        "https://i.meituan.com/shop/98765",
        "meituan",
    ),
];

#[test]
fn each_new_platform_is_recognised_from_a_listing_link() {
    let profiles = Profiles::builtin();
    for &(link, platform, kind, id, url, profile) in LINKS {
        let canonical = canonicalize(link).unwrap_or_else(|_| panic!("{link} is a link"));
        assert_eq!(canonical.platform, platform, "{link}");
        assert_eq!(canonical.kind, kind, "{link}");
        assert_eq!(canonical.item_id.as_deref(), id, "{link}");
        assert_eq!(canonical.url, url, "{link}");
        assert_eq!(profiles.of(platform).id, profile, "{link}");
    }
}

#[test]
fn the_same_item_in_two_forms_is_one_listing() {
    let a = canonicalize("https://www.xiaohongshu.com/goods-detail/5f8a1b2c3d4e5f6a7b8c9d0e").unwrap();
    let b = canonicalize("xiaohongshu.com/goods-detail/5F8A1B2C3D4E5F6A7B8C9D0E?xsec_token=x").unwrap();
    assert_eq!(a.key, b.key);
    assert!(matches!(a.key, ListingKey::Item("xiaohongshu", _)));
    let a = canonicalize("https://m.dewu.com/router/product/ProductDetail?spuId=1234567").unwrap();
    let b = canonicalize("https://www.dewu.com/product-detail?spuId=1234567&from=share").unwrap();
    assert_eq!(a.key, b.key);
    assert_eq!(a.key, ListingKey::Item("dewu", 1_234_567));
}

#[test]
fn the_platform_column_names_the_new_platforms_in_both_languages() {
    for (text, platform) in [
        ("小红书", Platform::Xiaohongshu),
        ("Xiaohongshu", Platform::Xiaohongshu),
        ("快手", Platform::Kuaishou),
        ("微信小程序", Platform::Wechat),
        ("视频号小店", Platform::Wechat),
        ("WeChat", Platform::Wechat),
        ("得物", Platform::Dewu),
        ("Poizon", Platform::Dewu),
        ("美团", Platform::Meituan),
    ] {
        assert_eq!(Platform::from_text(text), Some(platform), "{text}");
    }
}

#[test]
fn every_profile_says_what_it_accepts() {
    let profiles = Profiles::builtin();
    let of = |p: Platform| profiles.of(p);
    assert_eq!(of(Platform::Xiaohongshu).accepts_foreign_rights, Acceptance::No);
    assert_eq!(of(Platform::Other).accepts_foreign_rights, Acceptance::Yes);
    for p in [
        Platform::Taobao,
        Platform::Jd,
        Platform::Pinduoduo,
        Platform::Douyin,
        Platform::Kuaishou,
        Platform::Wechat,
        Platform::Dewu,
        Platform::Meituan,
    ] {
        assert_eq!(of(p).accepts_foreign_rights, Acceptance::Sometimes, "{p}");
    }
    for p in [Platform::Tmall, Platform::Jd, Platform::Pinduoduo] {
        assert_eq!(of(p).evaluation_report, EvaluationReport::Required, "{p}");
    }
    for p in [
        Platform::Douyin,
        Platform::Xiaohongshu,
        Platform::Kuaishou,
        Platform::Wechat,
        Platform::Dewu,
        Platform::Meituan,
        Platform::Other,
    ] {
        assert_eq!(of(p).evaluation_report, EvaluationReport::OnRequest, "{p}");
    }
    let forwarding: Vec<&str> = profiles
        .all()
        .iter()
        .filter(|p| p.forwards_all_to_seller)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(forwarding, ["dewu"]);
    assert_eq!(profiles.all().len(), 10);
    for profile in profiles.all() {
        assert!(profile.reply_days > 0, "{}", profile.id);
        assert!(!profile.documents.is_empty(), "{}", profile.id);
    }
    // Operators whose legal entity could not be verified are left empty.
    for p in [
        Platform::Xiaohongshu,
        Platform::Kuaishou,
        Platform::Wechat,
        Platform::Dewu,
        Platform::Meituan,
    ] {
        assert_eq!(of(p).operator.en, "", "{p}");
    }
    assert_eq!(
        of(Platform::Wechat).portal.as_deref(),
        Some("https://weixin110.qq.com")
    );
    assert_eq!(
        of(Platform::Xiaohongshu).portal.as_deref(),
        Some("https://agree.xiaohongshu.com")
    );
}

#[test]
fn every_builtin_profile_cites_its_sources_in_a_comment() {
    for (name, text) in BUILTIN {
        assert!(text.starts_with("# "), "{name} opens with a comment");
    }
    let (_, dewu) = BUILTIN.iter().find(|(n, _)| *n == "dewu.yaml").unwrap();
    assert!(dewu.contains("dewu.com/property.html"));
    let (_, xhs) = BUILTIN.iter().find(|(n, _)| *n == "xiaohongshu.yaml").unwrap();
    assert!(xhs.contains("ZXXY20230215001"));
}

#[test]
fn unknown_keys_and_values_in_a_new_profile_are_refused() {
    let (name, text) = BUILTIN.iter().find(|(n, _)| *n == "xiaohongshu.yaml").unwrap();
    let files = |changed: String| {
        BUILTIN
            .iter()
            .map(|(n, t)| {
                (
                    (*n).to_owned(),
                    if n == name {
                        changed.clone()
                    } else {
                        (*t).to_owned()
                    },
                )
            })
            .collect::<Vec<_>>()
    };
    let typo = files(text.replace("accepts_foreign_rights:", "accepts_foreign_right:"));
    let err = Profiles::parse(typo.iter().map(|(n, t)| (n.clone(), t.as_str()))).unwrap_err();
    assert!(
        err.starts_with("xiaohongshu.yaml: unknown field `accepts_foreign_right`"),
        "{err}"
    );
    let value = files(text.replace("accepts_foreign_rights: \"no\"", "accepts_foreign_rights: maybe"));
    let err = Profiles::parse(value.iter().map(|(n, t)| (n.clone(), t.as_str()))).unwrap_err();
    assert!(
        err.starts_with("xiaohongshu.yaml: accepts_foreign_rights: unknown variant `maybe`"),
        "{err}"
    );
}

fn us() -> Country {
    Country::lookup("US").unwrap()
}

#[test]
fn a_right_gets_its_strength_from_country_type_and_dates() {
    let on = d(2026, 12, 1);
    let valid = (Some(d(2020, 1, 1)), Some(d(2030, 1, 1)));
    let tm = RightType::Trademark;
    assert_eq!(
        Strength::of(tm, &Country::china(), "12345678", valid, on),
        Strength::ChinaRegistered
    );
    assert_eq!(
        Strength::of(tm, &us(), "1234567", valid, on),
        Strength::ForeignRegistered
    );
    let hk = Country::lookup("Hong Kong").unwrap();
    assert_eq!(
        Strength::of(tm, &hk, "302345678", valid, on),
        Strength::ForeignRegistered
    );
    let cr = RightType::Copyright;
    assert_eq!(
        Strength::of(cr, &Country::china(), "未登记", (None, None), on),
        Strength::Unregistered
    );
    assert_eq!(
        Strength::of(cr, &us(), "unregistered", (None, None), on),
        Strength::Unregistered
    );
    assert_eq!(
        Strength::of(
            cr,
            &Country::china(),
            "国作登字-2015-F-00230629",
            (None, None),
            on
        ),
        Strength::ChinaRegistered
    );
    let expired = (Some(d(2015, 3, 1)), Some(d(2025, 2, 28)));
    assert_eq!(
        Strength::of(tm, &Country::china(), "12345678", expired, on),
        Strength::Lapsed
    );
    let pending = (Some(d(2027, 2, 1)), None);
    assert_eq!(
        Strength::of(
            RightType::DesignPatent,
            &Country::china(),
            "ZL202630123456.7",
            pending,
            on
        ),
        Strength::Lapsed
    );
}

#[test]
fn the_warning_names_the_registration_the_site_and_the_remedy() {
    let profiles = Profiles::builtin();
    let on = d(2026, 12, 1);
    let valid = (None, None);
    let tm = RightType::Trademark;
    let taobao = profiles.of(Platform::Taobao);
    let warn = |strength, kind, country: &Country, profile, site| {
        warning(strength, kind, country, valid, on, profile, site)
    };
    assert_eq!(
        warn(Strength::ForeignRegistered, tm, &us(), taobao, "Taobao").as_deref(),
        Some("a US registration; Taobao may refuse it; a Chinese registration (CNIPA) is far more reliable")
    );
    let eu = Country::lookup("EU").unwrap();
    assert_eq!(
        warn(Strength::ForeignRegistered, tm, &eu, taobao, "Tmall").as_deref(),
        Some("an EU registration; Tmall may refuse it; a Chinese registration (CNIPA) is far more reliable")
    );
    let madrid = Country::lookup("WO").unwrap();
    assert_eq!(
        warn(Strength::ForeignRegistered, tm, &madrid, taobao, "Taobao").as_deref(),
        Some("an international (Madrid) registration; Taobao may refuse it unless it shows the designation of China; a Chinese registration (CNIPA) is far more reliable")
    );
    let xhs = profiles.of(Platform::Xiaohongshu);
    assert_eq!(
        warn(Strength::ForeignRegistered, tm, &us(), xhs, "Xiaohongshu").as_deref(),
        Some("a US registration; Xiaohongshu accepts only rights registered in China; a Chinese registration (CNIPA) is needed")
    );
    let jd = profiles.of(Platform::Jd);
    assert_eq!(
        warn(Strength::ForeignRegistered, RightType::Copyright, &us(), jd, "JD").as_deref(),
        Some("a US registration; JD may refuse it; a Chinese copyright registration (Copyright Protection Center of China) is far more reliable")
    );
    assert_eq!(
        warn(Strength::Unregistered, RightType::Copyright, &Country::china(), jd, "JD").as_deref(),
        Some("a copyright registered nowhere; JD asks for a registration certificate; register it with the Copyright Protection Center of China first")
    );
    // A letter to a site outside China relies on foreign rights as they are.
    let letter = profiles.of(Platform::Other);
    assert_eq!(
        warn(Strength::ForeignRegistered, tm, &us(), letter, "other site"),
        None
    );
    assert_eq!(
        warn(
            Strength::ChinaRegistered,
            tm,
            &Country::china(),
            xhs,
            "Xiaohongshu"
        ),
        None
    );
    let expired = (Some(d(2015, 3, 1)), Some(d(2025, 2, 28)));
    assert_eq!(
        warning(
            Strength::Lapsed,
            tm,
            &Country::china(),
            expired,
            on,
            taobao,
            "Taobao"
        )
        .as_deref(),
        Some("expired on 2025-02-28; Taobao will refuse it; renew it or rely on another right")
    );
    let pending = (Some(d(2027, 2, 1)), None);
    assert_eq!(
        warning(
            Strength::Lapsed,
            RightType::DesignPatent,
            &Country::china(),
            pending,
            on,
            jd,
            "JD"
        )
        .as_deref(),
        Some("not in force until 2027-02-01 (not yet granted); JD will refuse it until then")
    );
    assert_eq!(Strength::ForeignRegistered.label().zh, "仅在中国大陆以外注册");
}

#[test]
fn a_profile_figure_without_a_source_is_refused_at_load_naming_the_file_and_key() {
    let dir = tempfile::tempdir().unwrap();
    crate::support::files::copy_sample(dir.path());
    let (_, err, code) = crate::run::takedown(dir.path(), &["templates", "export", "mine"]);
    assert_eq!(code, 0, "{err}");
    let jd = dir.path().join("mine/templates/platforms/jd.yaml");
    let text = std::fs::read_to_string(&jd).unwrap();
    // The decision window loses its basis; reply_days gets a published source instead.
    let decision = "    days: [5, 10]\n    basis: firm practice\n";
    assert!(text.contains(decision), "{text}");
    let edited = text.replace(decision, "    days: [5, 10]\n").replace(
        "reply_days_basis: firm practice",
        "reply_days_source: {url: https://ipr.jd.com/rules, read_on: 2026-11-02}",
    );
    std::fs::write(&jd, edited).unwrap();
    let (_, err, code) = crate::run::takedown(
        dir.path(),
        &["build", "sample.xlsx", "--templates", "mine", "--out", "out"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("jd.yaml: timeline[1].days (\"Review of the complaint and JD's decision\") has no source: give source: {url, read_on} (where and when the figure was read) or basis: firm practice"),
        "{err}"
    );
    // With its basis back, the published source of reply_days is printed beside it.
    let text = std::fs::read_to_string(&jd).unwrap();
    std::fs::write(&jd, text.replace("    days: [5, 10]\n", decision)).unwrap();
    let profiles = takedown::platform::Profiles::parse(
        std::fs::read_dir(dir.path().join("mine/templates/platforms"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| {
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read_to_string(p).unwrap(),
                )
            })
            .collect::<Vec<_>>()
            .iter()
            .map(|(n, t)| (n.clone(), t.as_str()))
            .collect::<Vec<_>>(),
    )
    .unwrap();
    let jd = profiles.of(Platform::Jd);
    assert_eq!(
        takedown::platform::basis_text(&jd.reply_days_source, &jd.reply_days_basis).en,
        "source: https://ipr.jd.com/rules, read on 2 November 2026"
    );
}
