//! The sample workbook `takedown init` hands out: three sheets (Clients, Rights, Listings) and
//! the optional fourth (Counter-notices), with
//! the column names the reader knows, a bold frozen header, dropdowns for the type and platform
//! columns, and realistic data for three clients that validates without errors.
//!
//! Entry point: [`sample_workbook`]. The same bytes every time (fixed creation date).

use rust_xlsxwriter::{
    Color, DataValidation, DocProperties, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet, XlsxError,
};

/// A cell of the sample: text, a date, or nothing.
#[derive(Debug, Clone, Copy)]
enum Cell {
    Text(&'static str),
    Date(u16, u8, u8),
    Blank,
}

use Cell::{Blank, Date, Text};

/// A sheet: its name, its columns (header and width in characters) and its rows.
struct Sheet {
    name: &'static str,
    columns: &'static [(&'static str, f64)],
    rows: &'static [&'static [Cell]],
    /// Columns with a dropdown list: (header, choices).
    lists: &'static [(&'static str, &'static [&'static str])],
}

/// The rows data validation covers below the header (room for the user's own rows).
const LIST_ROWS: u32 = 1000;

const RIGHT_TYPES: &[&str] = &[
    "trademark",
    "copyright",
    "invention patent",
    "utility model",
    "design patent",
];

const PLATFORMS: &[&str] = &[
    "taobao",
    "tmall",
    "1688",
    "aliexpress",
    "alibaba",
    "jd",
    "pinduoduo",
    "douyin",
    "xiaohongshu",
    "kuaishou",
    "wechat",
    "dewu",
    "meituan",
    "other",
];

const CLIENTS: Sheet = Sheet {
    name: "Clients",
    columns: &[
        ("client_id", 10.0),
        ("name_en", 36.0),
        ("name_zh", 30.0),
        ("country", 9.0),
        ("company_no", 22.0),
        ("address_en", 52.0),
        ("address_zh", 40.0),
        ("representative", 20.0),
        ("signatory", 20.0),
        ("signatory_title", 26.0),
        ("email", 30.0),
        ("phone", 18.0),
        ("licence", 36.0),
        ("licence_translation", 36.0),
        ("salutation", 11.0),
        ("signatory_title_zh", 20.0),
        ("seal", 8.0),
    ],
    rows: &[
        &[
            Text("C001"),
            Text("Northwind Outdoor Gear, Inc."),
            Text("诺斯温德户外装备股份有限公司"),
            Text("US"),
            Text("Delaware 7312458"),
            Text("4500 Harbor View Drive, Suite 200, Seattle, WA 98134, United States"),
            Text("美国华盛顿州西雅图市港景大道4500号200室，邮编98134"),
            Text("Emily J. Carter"),
            Text("Daniel R. Brooks"),
            Text("General Counsel"),
            Text("brand.protection@northwind-gear.example"),
            Text("+1 206 555 0143"),
            Text("licences/C001-certificate-of-incorporation.pdf"),
            Blank,
            Text("Mr"),
            Text("总法律顾问"),
            Text("no"),
        ],
        &[
            Text("C002"),
            Text("Kessler Werkzeugtechnik GmbH"),
            Text("凯斯勒工具技术有限责任公司"),
            Text("DE"),
            Text("HRB 738214 (Amtsgericht Stuttgart)"),
            Text("Industriestraße 12, 70565 Stuttgart, Germany"),
            Text("德国斯图加特市工业街12号，邮编70565"),
            Text("Dr. Matthias Kessler"),
            Blank,
            Text("Managing Director (Geschäftsführer)"),
            Text("ip@kessler-werkzeug.example"),
            Text("+49 711 555 0190"),
            Blank,
            Blank,
            Text("Dr"),
            Text("总经理"),
            Blank,
        ],
        &[
            Text("C003"),
            Text("Guangzhou Lingxi Smart Home Technology Co., Ltd."),
            Text("广州灵犀智能家居科技有限公司"),
            Text("CN"),
            Text("91440101MA5CJQ4N59"),
            Text("Room 1502, No. 88 Tianhe Road, Tianhe District, Guangzhou, Guangdong, China"),
            Text("广东省广州市天河区天河路88号1502室"),
            Text("陈志明"),
            Text("陈志明"),
            Text("Legal Representative"),
            Text("legal@lingxi-home.example"),
            Text("+86 20 5555 0188"),
            Text("licences/C003-business-licence.png"),
            Blank,
            Text("先生"),
            Text("法定代表人"),
            Text("yes"),
        ],
    ],
    lists: &[("seal", &["yes", "no"])],
};

const RIGHTS: Sheet = Sheet {
    name: "Rights",
    columns: &[
        ("right_id", 9.0),
        ("client_id", 10.0),
        ("type", 17.0),
        ("number", 26.0),
        ("title_en", 42.0),
        ("title_zh", 36.0),
        ("owner", 30.0),
        ("country", 9.0),
        ("classes", 10.0),
        ("filed_on", 12.0),
        ("valid_from", 12.0),
        ("valid_to", 12.0),
        ("protect_from", 13.0),
        ("protect_to", 12.0),
        ("certificate", 44.0),
        ("evaluation_report", 30.0),
        ("comparison", 40.0),
        ("notes", 40.0),
    ],
    rows: &[
        &[
            Text("R01"),
            Text("C001"),
            Text("trademark"),
            Text("28374615"),
            Text("NORTHWIND 诺斯温德"),
            Text("NORTHWIND 诺斯温德"),
            Blank,
            Text("CN"),
            Text("18, 25, 28"),
            Blank,
            Date(2018, 12, 14),
            Date(2028, 12, 13),
            Blank,
            Date(2027, 12, 31),
            Text("certificates/C001-TM-28374615.pdf"),
            Blank,
            Blank,
            Blank,
        ],
        &[
            Text("R02"),
            Text("C001"),
            Text("trademark"),
            Text("5937214"),
            Text("NORTHWIND"),
            Text("NORTHWIND"),
            Blank,
            Text("US"),
            Text("18, 25"),
            Blank,
            Date(2019, 12, 17),
            Date(2029, 12, 17),
            Blank,
            Blank,
            Blank,
            Blank,
            Blank,
            Text("§8 declaration accepted 2025-03-04"),
        ],
        &[
            Text("R03"),
            Text("C001"),
            Text("design patent"),
            Text("ZL202130287615.8"),
            Text("Hiking backpack"),
            Text("登山背包"),
            Blank,
            Text("CN"),
            Blank,
            Date(2021, 5, 14),
            Date(2021, 9, 3),
            Date(2031, 5, 13),
            Blank,
            Blank,
            Blank,
            Blank,
            Blank,
            Blank,
        ],
        &[
            Text("R04"),
            Text("C002"),
            Text("trademark"),
            Text("018123457"),
            Text("KESSLER"),
            Text("KESSLER"),
            Blank,
            Text("EU"),
            Text("7, 8"),
            Blank,
            Date(2020, 1, 10),
            Date(2029, 9, 17),
            Blank,
            Blank,
            Text("certificates/C002-EUTM-018123457.pdf"),
            Blank,
            Blank,
            Blank,
        ],
        &[
            Text("R05"),
            Text("C002"),
            Text("trademark"),
            Text("31572840"),
            Text("KESSLER 凯斯勒"),
            Text("KESSLER 凯斯勒"),
            Blank,
            Text("CN"),
            Text("8"),
            Blank,
            Date(2019, 6, 7),
            Date(2029, 6, 6),
            Blank,
            Blank,
            Blank,
            Blank,
            Blank,
            Blank,
        ],
        &[
            Text("R06"),
            Text("C002"),
            Text("invention patent"),
            Text("ZL201910584273.8"),
            Text("Ratchet wrench with a quick-release mechanism"),
            Text("一种具有快速释放机构的棘轮扳手"),
            Text("Kessler Werkzeugtechnik GmbH"),
            Text("CN"),
            Blank,
            Date(2019, 6, 28),
            Date(2021, 8, 10),
            Date(2039, 6, 27),
            Blank,
            Blank,
            Text("certificates/C002-patent-ZL201910584273.8.pdf"),
            Blank,
            Text("comparison/C002-ZL201910584273.8-claim-chart.pdf"),
            Blank,
        ],
        &[
            Text("R07"),
            Text("C003"),
            Text("utility model"),
            Text("ZL202022416958.2"),
            Text("Smart socket with power metering"),
            Text("一种具有电量计量功能的智能插座"),
            Blank,
            Text("CN"),
            Blank,
            Date(2020, 10, 27),
            Date(2021, 7, 6),
            Date(2030, 10, 26),
            Blank,
            Blank,
            Blank,
            Blank,
            Blank,
            Blank,
        ],
        &[
            Text("R08"),
            Text("C003"),
            Text("copyright"),
            Text("国作登字-2021-F-00123456"),
            Text("Lingxi Cat (artwork)"),
            Text("灵犀猫（美术作品）"),
            Blank,
            Text("CN"),
            Blank,
            Blank,
            Date(2021, 4, 20),
            Date(2070, 12, 31),
            Blank,
            Blank,
            Blank,
            Blank,
            Blank,
            Text("created 2020-03-15, first published 2020-05-01"),
        ],
    ],
    lists: &[("type", RIGHT_TYPES)],
};

/// A listing row: url, right_id, platform, store, title, price, found_on, evidence,
/// captured_on (blank: found_on), purchase_order, purchase_date, purchase_evidence, notes,
/// site_country; the purchase cells only for a row with `bought: (order, (y, m, d), file)`,
/// site_country only for a row with `site: "US"`.
macro_rules! listing {
    // The whole row: the purchase cells (order, date, proof) and the site's country.
    (@row $url:expr, $rights:expr, $platform:expr, $store:expr, $title:expr, $price:expr,
     ($y:expr, $m:expr, $d:expr), $evidence:expr, $notes:expr,
     [$order:expr, $bought:expr, $proof:expr], $site:expr) => {
        &[
            Text($url),
            Text($rights),
            opt($platform),
            Text($store),
            Text($title),
            Text($price),
            Date($y, $m, $d),
            opt($evidence),
            Blank,
            $order,
            $bought,
            $proof,
            opt($notes),
            $site,
        ]
    };
    ($url:expr, $rights:expr, $platform:expr, $store:expr, $title:expr, $price:expr,
     $found:tt, $evidence:expr, $notes:expr) => {
        listing!(@row $url, $rights, $platform, $store, $title, $price, $found, $evidence, $notes,
            [Blank, Blank, Blank], Blank)
    };
    ($url:expr, $rights:expr, $platform:expr, $store:expr, $title:expr, $price:expr,
     $found:tt, $evidence:expr, $notes:expr, site: $site:expr) => {
        listing!(@row $url, $rights, $platform, $store, $title, $price, $found, $evidence, $notes,
            [Blank, Blank, Blank], Text($site))
    };
    ($url:expr, $rights:expr, $platform:expr, $store:expr, $title:expr, $price:expr,
     $found:tt, $evidence:expr, $notes:expr,
     bought: ($order:expr, ($py:expr, $pm:expr, $pd:expr), $proof:expr)) => {
        listing!(@row $url, $rights, $platform, $store, $title, $price, $found, $evidence, $notes,
            [Text($order), Date($py, $pm, $pd), Text($proof)], Blank)
    };
}

/// Text, or a blank cell for `""`.
const fn opt(text: &'static str) -> Cell {
    if text.is_empty() {
        Blank
    } else {
        Text(text)
    }
}

const LISTINGS: Sheet = Sheet {
    name: "Listings",
    columns: &[
        ("url", 60.0),
        ("right_id", 10.0),
        ("platform", 12.0),
        ("store", 26.0),
        ("title", 56.0),
        ("price", 11.0),
        ("found_on", 12.0),
        ("evidence", 40.0),
        ("captured_on", 12.0),
        ("purchase_order", 22.0),
        ("purchase_date", 13.0),
        ("purchase_evidence", 40.0),
        ("notes", 30.0),
        ("site_country", 12.0),
    ],
    rows: &[
        // C001 Northwind: the CN mark, the US mark and the backpack design.
        listing!(
            "https://item.taobao.com/item.htm?id=684512379021",
            "R01, R03",
            "taobao",
            "户外先锋工厂店",
            "NORTHWIND诺斯温德同款登山包 40L大容量防水双肩包 户外徒步背包",
            "¥129.00",
            (2026, 10, 12),
            "evidence/C001/taobao-684512379021.png",
            "已试购，订单截图见证据文件",
            bought: ("3301284756120394", (2026, 10, 14), "evidence/C001/purchase-684512379021.png")
        ),
        listing!(
            "https://item.taobao.com/item.htm?spm=a21bo.jianhua.201876.3.5af92a89Xk7pQd&id=684512379021&ns=1&abbucket=12",
            "R01",
            "",
            "户外先锋工厂店",
            "NORTHWIND诺斯温德同款登山包 40L大容量防水双肩包 户外徒步背包",
            "¥129.00",
            (2026, 10, 19),
            "",
            "手机淘宝分享链接"
        ),
        listing!(
            "https://item.taobao.com/item.htm?id=702318846735",
            "R01",
            "taobao",
            "户外潮牌折扣店",
            "诺斯温德冲锋衣男女三合一 可拆卸抓绒内胆 防风防水登山服",
            "¥268.00",
            (2026, 10, 14),
            "evidence/C001/taobao-702318846735.png",
            ""
        ),
        listing!(
            "https://item.taobao.com/item.htm?id=715904432187",
            "R01",
            "taobao",
            "小马哥运动专营",
            "NORTHWIND户外速干T恤 男 夏季短袖运动上衣",
            "¥39.90",
            (2026, 10, 21),
            "",
            ""
        ),
        listing!(
            "https://detail.tmall.com/item.htm?id=712098345617&skuId=5012345678901",
            "R01, R03",
            "tmall",
            "诺途户外专营店",
            "诺斯温德NORTHWIND徒步双肩包 轻量透气背负系统 35L",
            "¥199.00",
            (2026, 10, 15),
            "evidence/C001/tmall-712098345617.png",
            ""
        ),
        listing!(
            "https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.1.4f2d6b8eQwRt3x&id=712098345617&skuId=5012345678901&ali_trackid=2%3Amm_26632258_3504122_48284354",
            "R03",
            "tmall",
            "诺途户外专营店",
            "诺斯温德NORTHWIND徒步双肩包 轻量透气背负系统 35L",
            "¥189.00",
            (2026, 11, 2),
            "",
            "降价后重新上架"
        ),
        listing!(
            "https://detail.tmall.com/item.htm?id=698812440256",
            "R01",
            "tmall",
            "途悦鞋类专营店",
            "NORTHWIND登山鞋男防水防滑 户外徒步鞋 秋冬款",
            "¥359.00",
            (2026, 10, 23),
            "",
            ""
        ),
        listing!(
            "https://detail.1688.com/offer/712345678901.html",
            "R01, R03",
            "1688",
            "义乌市恒达箱包厂",
            "NORTHWIND款户外登山包 跨境批发 40L大容量双肩包 可定制LOGO",
            "¥38.50",
            (2026, 10, 16),
            "evidence/C001/1688-712345678901.png",
            "起批量50个"
        ),
        listing!(
            "https://www.aliexpress.com/item/1005006123456789.html",
            "R02, R03",
            "aliexpress",
            "Outdoor Pro Gear Store",
            "NORTHWIND Hiking Backpack 40L Waterproof Camping Trekking Rucksack",
            "US $24.99",
            (2026, 10, 18),
            "evidence/C001/aliexpress-1005006123456789.png",
            ""
        ),
        listing!(
            "https://www.aliexpress.com/item/1005006123456789.html?spm=a2g0o.productlist.main.1.3c2f1b7aXqP9Zk&pvid=4f7d1c2e-5b3a-4d6e-9f80-1a2b3c4d5e6f&utm_medium=cpc",
            "R02",
            "aliexpress",
            "Outdoor Pro Gear Store",
            "NORTHWIND Hiking Backpack 40L Waterproof Camping Trekking Rucksack",
            "US $22.49",
            (2026, 11, 5),
            "",
            ""
        ),
        listing!(
            "https://www.aliexpress.com/item/1005007234567890.html",
            "R02",
            "aliexpress",
            "Trail Summit Official Store",
            "NORTHWIND Men's Softshell Jacket Windproof Hiking Coat",
            "US $32.80",
            (2026, 10, 26),
            "",
            ""
        ),
        listing!(
            "https://item.jd.com/100045678912.html",
            "R01, R03",
            "jd",
            "驰野户外专营店",
            "诺斯温德（NORTHWIND）户外登山包男女双肩包 防泼水 45L",
            "¥219.00",
            (2026, 10, 20),
            "evidence/C001/jd-100045678912.png",
            ""
        ),
        listing!(
            "https://mobile.yangkeduo.com/goods.html?goods_id=587123498765",
            "R01, R03",
            "pinduoduo",
            "潮品户外百货",
            "【工厂直销】NORTHWIND诺斯温德户外背包 登山包 大容量",
            "¥49.90",
            (2026, 10, 22),
            "",
            ""
        ),
        listing!(
            "https://mobile.yangkeduo.com/goods.html?goods_id=601234987123",
            "R01",
            "pinduoduo",
            "鞋服折扣仓",
            "诺斯温德冲锋衣 防风防水 男款秋冬加绒",
            "¥89.00",
            (2026, 10, 27),
            "",
            ""
        ),
        listing!(
            "https://www.shoes-outlet-example.com/p/12345",
            "R01, R02",
            "other",
            "Shoes Outlet",
            "NORTHWIND Trail Runner Hiking Shoes – 70% OFF",
            "US $39.00",
            (2026, 11, 3),
            "evidence/C001/shoes-outlet-12345.pdf",
            "独立站，无平台投诉渠道，需致函网站",
            site: "US"
        ),
        // C002 Kessler: the EU and CN marks and the ratchet wrench patent.
        listing!(
            "https://item.taobao.com/item.htm?id=693475120384",
            "R05, R06",
            "taobao",
            "五金工具批发城",
            "德国KESSLER凯斯勒棘轮扳手 快速释放 72齿 两用扳手套装",
            "¥58.00",
            (2026, 10, 9),
            "evidence/C002/taobao-693475120384.png",
            "已试购，实物与专利权利要求1比对见证据",
            bought: ("3301290187745521", (2026, 10, 11), "evidence/C002/purchase-693475120384.png")
        ),
        listing!(
            "https://item.taobao.com/item.htm?id=721560983342",
            "R06",
            "taobao",
            "老张五金店",
            "快速释放棘轮扳手 72齿 双向 汽修工具（德国技术）",
            "¥26.80",
            (2026, 10, 13),
            "",
            ""
        ),
        listing!(
            "https://detail.tmall.com/item.htm?id=726601934458",
            "R05",
            "tmall",
            "匠工五金专营店",
            "KESSLER凯斯勒 德国工具套装 家用五金 46件套",
            "¥399.00",
            (2026, 10, 17),
            "",
            ""
        ),
        listing!(
            "https://detail.tmall.com/item.htm?id=731245609871",
            "R05, R06",
            "tmall",
            "工匠之家专营店",
            "KESSLER凯斯勒棘轮扳手 快速释放 专业级 72齿",
            "¥89.00",
            (2026, 10, 24),
            "evidence/C002/tmall-731245609871.png",
            ""
        ),
        listing!(
            "https://detail.1688.com/offer/698754321098.html",
            "R06",
            "1688",
            "永康市锐达工具有限公司",
            "棘轮扳手 快速释放机构 72齿 CR-V 工厂直供 支持代发",
            "¥9.80",
            (2026, 10, 11),
            "",
            "疑似源头工厂"
        ),
        listing!(
            "https://detail.1688.com/offer/704512983376.html",
            "R05, R06",
            "1688",
            "温州博力五金工具厂",
            "KESSLER同款棘轮扳手套装 外贸原单 批发",
            "¥15.50",
            (2026, 10, 28),
            "",
            ""
        ),
        listing!(
            "https://www.aliexpress.com/item/1005005987654321.html",
            "R04, R06",
            "aliexpress",
            "ToolMaster Global Store",
            "KESSLER Germany Quick Release Ratchet Wrench 72 Teeth CR-V",
            "US $8.76",
            (2026, 10, 30),
            "evidence/C002/aliexpress-1005005987654321.png",
            ""
        ),
        listing!(
            "https://www.aliexpress.com/item/1005006876543210.html",
            "R04",
            "aliexpress",
            "Kessler Tools Direct Store",
            "KESSLER 46pcs Socket Wrench Set Car Repair Tool Kit",
            "US $45.20",
            (2026, 11, 4),
            "",
            "店铺名称冒用客户商号"
        ),
        listing!(
            "https://item.jd.com/100067894521.html",
            "R05",
            "jd",
            "锐工五金工具专营店",
            "凯斯勒（KESSLER）棘轮扳手快速两用扳手 72齿 8-19mm",
            "¥79.00",
            (2026, 10, 25),
            "evidence/C002/jd-100067894521.png",
            ""
        ),
        listing!(
            "https://item.jd.com/100067894521.html?utm_source=androidapp&utm_medium=appshare&utm_campaign=t_335139774&utm_term=CopyURL",
            "R05, R06",
            "jd",
            "锐工五金工具专营店",
            "凯斯勒（KESSLER）棘轮扳手快速两用扳手 72齿 8-19mm",
            "¥79.00",
            (2026, 11, 9),
            "",
            "京东App分享链接；补充专利权"
        ),
        listing!(
            "https://item.jd.com/10089234567812.html",
            "R05",
            "jd",
            "鑫达五金专营店",
            "KESSLER 凯斯勒 工具箱套装 家用多功能维修工具",
            "¥159.00",
            (2026, 11, 6),
            "",
            ""
        ),
        listing!(
            "https://mobile.yangkeduo.com/goods.html?goods_id=593847261045",
            "R06",
            "pinduoduo",
            "五金百货优选",
            "快速释放棘轮扳手 两用 72齿 汽修神器",
            "¥12.90",
            (2026, 11, 1),
            "",
            ""
        ),
        listing!(
            "https://mobile.yangkeduo.com/goods.html?goods_id=612098765432",
            "R05, R06",
            "pinduoduo",
            "工具达人",
            "德国凯斯勒棘轮扳手套装 特价清仓",
            "¥19.90",
            (2026, 11, 7),
            "",
            ""
        ),
        listing!(
            "https://www.tools-direct-example.net/products/kessler-ratchet-wrench-72t",
            "R04",
            "other",
            "Tools Direct",
            "KESSLER Ratchet Wrench 72T – Factory Price",
            "€9.99",
            (2026, 11, 10),
            "",
            "独立站"
        ),
        // C003 Lingxi: the smart socket utility model and the cat artwork.
        listing!(
            "https://item.taobao.com/item.htm?id=709871234560",
            "R07",
            "taobao",
            "智能家居小铺",
            "智能插座 电量统计 WiFi远程控制 定时开关 手机APP",
            "¥29.90",
            (2026, 10, 10),
            "evidence/C003/taobao-709871234560.png",
            ""
        ),
        listing!(
            "https://item.taobao.com/item.htm?id=717345098123",
            "R08",
            "taobao",
            "萌宠周边屋",
            "灵犀猫公仔 毛绒玩具 可爱抱枕 生日礼物",
            "¥45.00",
            (2026, 10, 18),
            "",
            ""
        ),
        listing!(
            "https://item.taobao.com/item.htm?id=722984561307",
            "R07, R08",
            "taobao",
            "数码生活馆",
            "灵犀猫智能插座 电量监测 小夜灯款",
            "¥35.00",
            (2026, 10, 29),
            "",
            ""
        ),
        listing!(
            "https://detail.tmall.com/item.htm?id=705563218890",
            "R07",
            "tmall",
            "智联电工专营店",
            "智能插座10A 电量计量 语音控制 远程开关",
            "¥59.00",
            (2026, 10, 19),
            "evidence/C003/tmall-705563218890.png",
            ""
        ),
        listing!(
            "https://detail.1688.com/offer/719283746501.html",
            "R07",
            "1688",
            "深圳市宝安区智控电子厂",
            "WiFi智能插座 电量统计 OEM定制 工厂批发",
            "¥12.60",
            (2026, 10, 21),
            "",
            "疑似源头工厂"
        ),
        listing!(
            "https://detail.1688.com/offer/723456019287.html",
            "R08",
            "1688",
            "义乌市萌趣玩具厂",
            "灵犀猫毛绒公仔 抓机娃娃 批发",
            "¥6.50",
            (2026, 11, 2),
            "",
            ""
        ),
        listing!(
            "https://item.jd.com/100078123456.html",
            "R07",
            "jd",
            "智能生活专营店",
            "智能插座 电量监测 WiFi 定时 16A空调插座",
            "¥69.00",
            (2026, 10, 23),
            "",
            ""
        ),
        listing!(
            "https://item.jd.com/100081234765.html",
            "R08",
            "jd",
            "文创周边专营店",
            "灵犀猫 卡通手机壳 适用iPhone",
            "¥25.00",
            (2026, 11, 8),
            "",
            ""
        ),
        listing!(
            "https://mobile.yangkeduo.com/goods.html?goods_id=605432198760",
            "R07",
            "pinduoduo",
            "电工电料批发",
            "智能插座 电量计量 远程控制 定时 两只装",
            "¥33.80",
            (2026, 10, 31),
            "",
            ""
        ),
        listing!(
            "https://mobile.yangkeduo.com/goods.html?goods_id=620981234576",
            "R08",
            "pinduoduo",
            "潮玩小店",
            "灵犀猫钥匙扣 挂件 书包挂饰",
            "¥5.90",
            (2026, 11, 11),
            "",
            ""
        ),
        listing!(
            "https://www.aliexpress.com/item/1005007345612098.html",
            "R07",
            "aliexpress",
            "Smart Home Life Store",
            "WiFi Smart Plug with Power Monitor 16A EU Tuya App Remote Control",
            "US $6.45",
            (2026, 11, 12),
            "",
            ""
        ),
    ],
    lists: &[("platform", PLATFORMS)],
};

/// Two sellers' statements against C001's listings: a claimed licence, and genuine goods of
/// a different kind.
const COUNTER_NOTICES: Sheet = Sheet {
    name: "Counter-notices",
    columns: &[
        ("url", 60.0),
        ("received_on", 12.0),
        ("forwarded_on", 13.0),
        ("grounds", 26.0),
        ("seller_evidence", 44.0),
        ("our_evidence", 44.0),
        ("notes", 30.0),
    ],
    rows: &[
        &[
            Text("https://item.taobao.com/item.htm?id=702318846735"),
            Date(2026, 11, 26),
            Date(2026, 11, 25),
            Text("licensed"),
            Text("授权书一份，授权方为“诺斯温德贸易（深圳）有限公司”，无客户签章"),
            Text("evidence/C001/no-licence-statement.pdf"),
            Text("客户确认从未授权该店铺"),
        ],
        &[
            Text("https://item.jd.com/100045678912.html"),
            Date(2026, 11, 27),
            Blank,
            Text("genuine, different-goods"),
            Text("进货发票复印件一张，供货方为第三方贸易公司"),
            Text("evidence/C001/comparison-100045678912.png"),
            Blank,
        ],
    ],
    lists: &[],
};

/// The sample workbook as .xlsx bytes, the same every time.
pub fn sample_workbook() -> Vec<u8> {
    // Every input is fixed above and checked by the tests: a failure here is a bug.
    write(&[CLIENTS, RIGHTS, LISTINGS, COUNTER_NOTICES]).expect("the sample workbook can be written")
}

fn write(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let properties = DocProperties::new()
        .set_title("takedown sample workbook")
        .set_subject("Clients, IP rights and infringing listings")
        .set_author("takedown")
        .set_creation_datetime(&ExcelDateTime::from_ymd(2026, 1, 1)?);
    workbook.set_properties(&properties);
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDD_EB_F7))
        .set_border_bottom(FormatBorder::Thin);
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        write_sheet(worksheet, sheet, &header, &date)?;
    }
    workbook.save_to_buffer()
}

fn write_sheet(
    worksheet: &mut Worksheet,
    sheet: &Sheet,
    header: &Format,
    date: &Format,
) -> Result<(), XlsxError> {
    worksheet.set_name(sheet.name)?;
    for (col, (name, width)) in sheet.columns.iter().enumerate() {
        let col = col as u16;
        worksheet.write_string_with_format(0, col, *name, header)?;
        worksheet.set_column_width(col, *width)?;
    }
    worksheet.set_freeze_panes(1, 0)?;
    for (row, cells) in sheet.rows.iter().enumerate() {
        let row = row as u32 + 1;
        for (col, cell) in cells.iter().enumerate() {
            let col = col as u16;
            match *cell {
                Text(text) => {
                    worksheet.write_string(row, col, text)?;
                }
                Date(y, m, d) => {
                    worksheet.write_datetime_with_format(
                        row,
                        col,
                        ExcelDateTime::from_ymd(y, m, d)?,
                        date,
                    )?;
                }
                Blank => {}
            }
        }
    }
    for (name, choices) in sheet.lists {
        let Some(col) = sheet.columns.iter().position(|(header, _)| header == name) else {
            continue;
        };
        let validation = DataValidation::new()
            .allow_list_strings(choices)?
            .ignore_blank(true);
        let col = col as u16;
        worksheet.add_data_validation(1, col, LIST_ROWS, col, &validation)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{check_number, patent_check_digit, uscc_warning, RightType};

    #[test]
    fn every_row_fills_every_column() {
        for sheet in [CLIENTS, RIGHTS, LISTINGS, COUNTER_NOTICES] {
            for (index, row) in sheet.rows.iter().enumerate() {
                assert_eq!(row.len(), sheet.columns.len(), "{} row {}", sheet.name, index + 2);
            }
        }
    }

    fn column(sheet: &Sheet, name: &str) -> Vec<Option<&'static str>> {
        let col = sheet
            .columns
            .iter()
            .position(|(header, _)| *header == name)
            .expect("column exists");
        sheet
            .rows
            .iter()
            .map(|row| match row[col] {
                Text(text) => Some(text),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_chinese_company_has_a_valid_credit_code() {
        let countries = column(&CLIENTS, "country");
        let numbers = column(&CLIENTS, "company_no");
        let chinese: Vec<&str> = countries
            .iter()
            .zip(&numbers)
            .filter(|(country, _)| **country == Some("CN"))
            .filter_map(|(_, number)| *number)
            .collect();
        assert_eq!(chinese, ["91440101MA5CJQ4N59"]);
        assert_eq!(uscc_warning(chinese[0]), None);
    }

    #[test]
    fn registration_numbers_pass_their_checks() {
        let types = column(&RIGHTS, "type");
        let numbers = column(&RIGHTS, "number");
        let countries = column(&RIGHTS, "country");
        for ((kind, number), country) in types.iter().zip(&numbers).zip(&countries) {
            let (kind, number) = (kind.expect("type"), number.expect("number"));
            let kind = RightType::from_text(kind).expect("a known type");
            let checked = check_number(kind, country.unwrap_or(""), number);
            assert!(checked.problems.is_empty(), "{number}: {:?}", checked.problems);
            assert_eq!(checked.number, number, "written in the usual form");
            if kind.is_patent() {
                let digits = &number[2..14];
                let check = number.chars().last();
                assert_eq!(patent_check_digit(digits), check, "{number}");
            }
        }
    }

    #[test]
    fn dropdowns_name_every_right_type_and_platform() {
        for name in RIGHT_TYPES {
            assert!(RightType::from_text(name).is_some(), "{name}");
        }
        let platforms: Vec<&str> = crate::model::Platform::ALL.iter().map(|p| p.id()).collect();
        assert_eq!(PLATFORMS, platforms.as_slice());
    }

    #[test]
    fn the_bytes_are_the_same_every_time() {
        let first = sample_workbook();
        assert!(first.starts_with(b"PK\x03\x04"));
        assert_eq!(first, sample_workbook());
    }
}
