//! The sample's listings: forty links on the marketplaces and two independent sites, with
//! their evidence, a test purchase, duplicates the reader merges and one listing still
//! without evidence (held back from its complaint).

use super::Cell::{self, Blank, Date, Text};
use super::{Sheet, PLATFORMS};

/// A listing row: url, right_id, platform, store, title, price, found_on, evidence,
/// captured_on (the day it was found, for a row with evidence; blank for a row ending in
/// `undated`, which the sample shows once), purchase_order, purchase_date,
/// purchase_evidence, notes, site_country, shows, goods_class; the purchase cells only for
/// a row with `bought: (order, (y, m, d), file)`, site_country only for a row with `site:
/// "US"`, what the capture shows and the goods' class only for a row with `shows: (text,
/// class)`.
macro_rules! listing {
    // The whole row: the purchase cells (order, date, proof) and the site's country.
    (@row $url:expr, $rights:expr, $platform:expr, $store:expr, $title:expr, $price:expr,
     ($y:expr, $m:expr, $d:expr), $evidence:expr, $notes:expr,
     [$order:expr, $bought:expr, $proof:expr], $site:expr, $captured:expr $(, $more:expr)*) => {
        &[
            Text($url),
            Text($rights),
            opt($platform),
            Text($store),
            Text($title),
            Text($price),
            Date($y, $m, $d),
            opt($evidence),
            match $captured {
                true => captured($evidence, $y, $m, $d),
                false => Blank,
            },
            $order,
            $bought,
            $proof,
            opt($notes),
            $site,
            $($more),*
        ]
    };
    ($url:expr, $rights:expr, $platform:expr, $store:expr, $title:expr, $price:expr,
     $found:tt, $evidence:expr, $notes:expr) => {
        listing!(@row $url, $rights, $platform, $store, $title, $price, $found, $evidence, $notes,
            [Blank, Blank, Blank], Blank, true, Blank, Blank, Blank)
    };
    ($url:expr, $rights:expr, $platform:expr, $store:expr, $title:expr, $price:expr,
     $found:tt, $evidence:expr, $notes:expr, undated) => {
        listing!(@row $url, $rights, $platform, $store, $title, $price, $found, $evidence, $notes,
            [Blank, Blank, Blank], Blank, false, Blank, Blank, Blank)
    };
    ($url:expr, $rights:expr, $platform:expr, $store:expr, $title:expr, $price:expr,
     $found:tt, $evidence:expr, $notes:expr, site: $site:expr) => {
        listing!(@row $url, $rights, $platform, $store, $title, $price, $found, $evidence, $notes,
            [Blank, Blank, Blank], Text($site), true, Blank, Blank, Blank)
    };
    ($url:expr, $rights:expr, $platform:expr, $store:expr, $title:expr, $price:expr,
     $found:tt, $evidence:expr, $notes:expr, shows: ($shows:expr, $class:expr)) => {
        listing!(@row $url, $rights, $platform, $store, $title, $price, $found, $evidence, $notes,
            [Blank, Blank, Blank], Blank, true, Text($shows), opt($class), Blank)
    };
    ($url:expr, $rights:expr, $platform:expr, $store:expr, $title:expr, $price:expr,
     $found:tt, $evidence:expr, $notes:expr,
     comparison: $file:expr) => {
        listing!(@row $url, $rights, $platform, $store, $title, $price, $found, $evidence, $notes,
            [Blank, Blank, Blank], Blank, true, Blank, Blank, Text($file))
    };
    ($url:expr, $rights:expr, $platform:expr, $store:expr, $title:expr, $price:expr,
     $found:tt, $evidence:expr, $notes:expr,
     bought: ($order:expr, ($py:expr, $pm:expr, $pd:expr), $proof:expr)) => {
        listing!(@row $url, $rights, $platform, $store, $title, $price, $found, $evidence, $notes,
            [Text($order), Date($py, $pm, $pd), Text($proof)], Blank, true, Blank, Blank, Blank)
    };
}

/// The capture date of a row with evidence (the day it was found); blank without evidence.
const fn captured(evidence: &'static str, y: u16, m: u8, d: u8) -> Cell {
    if evidence.is_empty() {
        Blank
    } else {
        Date(y, m, d)
    }
}

/// Text, or a blank cell for `""`.
const fn opt(text: &'static str) -> Cell {
    if text.is_empty() {
        Blank
    } else {
        Text(text)
    }
}

pub(super) const LISTINGS: Sheet = Sheet {
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
        ("shows", 40.0),
        ("goods_class", 11.0),
        ("comparison", 40.0),
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
            "",
            shows: ("the NORTHWIND 诺斯温德 mark on the backpack and in the listing title", "18")
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
            "evidence/C001/tmall-698812440256.png",
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
            "evidence/C001/aliexpress-1005007234567890.png",
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
            "evidence/C001/pinduoduo-587123498765.png",
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
            "evidence/C001/pinduoduo-601234987123.png",
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
            "evidence/C002/taobao-721560983342.png",
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
            "evidence/C002/tmall-726601934458.png",
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
            "evidence/C002/1688-698754321098.png",
            "疑似源头工厂",
            comparison: "comparison/C002-1688-698754321098-claim-chart.pdf"
        ),
        listing!(
            "https://detail.1688.com/offer/704512983376.html",
            "R05, R06",
            "1688",
            "温州博力五金工具厂",
            "KESSLER同款棘轮扳手套装 外贸原单 批发",
            "¥15.50",
            (2026, 10, 28),
            "evidence/C002/1688-704512983376.png",
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
            "",
            undated
        ),
        listing!(
            "https://www.aliexpress.com/item/1005006876543210.html",
            "R04",
            "aliexpress",
            "Kessler Tools Direct Store",
            "KESSLER 46pcs Socket Wrench Set Car Repair Tool Kit",
            "US $45.20",
            (2026, 11, 4),
            "evidence/C002/aliexpress-1005006876543210.png",
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
            "evidence/C002/jd-10089234567812.png",
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
            "evidence/C002/pinduoduo-593847261045.png",
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
            "evidence/C002/pinduoduo-612098765432.png",
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
            "evidence/C002/tools-direct-example.png",
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
            "evidence/C003/taobao-717345098123.png",
            "",
            shows: ("the Lingxi Cat artwork reproduced on the product and in the main image", "")
        ),
        listing!(
            "https://item.taobao.com/item.htm?id=722984561307",
            "R07, R08",
            "taobao",
            "数码生活馆",
            "灵犀猫智能插座 电量监测 小夜灯款",
            "¥35.00",
            (2026, 10, 29),
            "evidence/C003/taobao-722984561307.png",
            "",
            shows: ("the Lingxi Cat artwork reproduced on the product and in the main image", "")
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
            "evidence/C003/1688-719283746501.png",
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
            "evidence/C003/1688-723456019287.png",
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
            "evidence/C003/jd-100078123456.png",
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
            "evidence/C003/jd-100081234765.png",
            "",
            shows: ("the Lingxi Cat artwork reproduced on the product and in the main image", "")
        ),
        listing!(
            "https://mobile.yangkeduo.com/goods.html?goods_id=605432198760",
            "R07",
            "pinduoduo",
            "电工电料批发",
            "智能插座 电量计量 远程控制 定时 两只装",
            "¥33.80",
            (2026, 10, 31),
            "evidence/C003/pinduoduo-605432198760.png",
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
            "evidence/C003/pinduoduo-620981234576.png",
            "",
            shows: ("the Lingxi Cat artwork reproduced on the product and in the main image", "")
        ),
        listing!(
            "https://www.aliexpress.com/item/1005007345612098.html",
            "R07",
            "aliexpress",
            "Smart Home Life Store",
            "WiFi Smart Plug with Power Monitor 16A EU Tuya App Remote Control",
            "US $6.45",
            (2026, 11, 12),
            "evidence/C003/aliexpress-1005007345612098.png",
            ""
        ),
    ],
    lists: &[("platform", PLATFORMS)],
};
