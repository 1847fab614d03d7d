//! A realistic two-page bilingual power of attorney, for the sample PDFs, the typesetting
//! benchmark and layout tests.

use crate::document::{Bi, Block, ColumnWidth, Document, Meta, Signature, Table, Text};

fn clause(en_head: &str, en: &str, zh_head: &str, zh: &str) -> Bi {
    let mut e = Text::bold(format!("{en_head} "));
    e.push(en, false);
    let mut z = Text::bold(zh_head);
    z.push(zh, false);
    Bi { en: e, zh: z }
}

/// The sample power of attorney: title, party table, a four-right IP table, about 300
/// English words and 500 hanzi of clauses, and two execution blocks with seal boxes.
pub fn power_of_attorney() -> Document {
    let h = |en: &str, zh: &str| Bi::new(en, zh);
    let parties = Table {
        columns: vec![
            ColumnWidth::Fixed(58.0),
            ColumnWidth::Relative(1.15),
            ColumnWidth::Relative(1.6),
            ColumnWidth::Fixed(100.0),
        ],
        header_rows: 1,
        rows: vec![
            vec![
                h("Party", "当事人"),
                h("Name", "名称"),
                h("Address", "地址"),
                h("Registration No.", "注册号"),
            ],
            vec![
                h("Principal", "委托人"),
                h("Northwind Outdoor Gear, Inc.", "北风户外用品有限公司"),
                h(
                    "1200 Harbor Boulevard, Suite 400, Seattle, WA 98101, United States",
                    "美国华盛顿州西雅图市港湾大道1200号400室",
                ),
                Bi::same("UBI 604 123 456"),
            ],
            vec![
                h("Agent", "受托人"),
                h("Guangzhou Lumen IP Law Firm", "广州明律知识产权律师事务所"),
                h(
                    "Room 1808, 18/F, 88 Huacheng Avenue, Tianhe District, Guangzhou 510623, China",
                    "中国广州市天河区花城大道88号18楼1808室，邮编510623",
                ),
                Bi::same("91440101MA5CJQ4N59"),
            ],
        ],
    };
    let rights = Table {
        columns: vec![
            ColumnWidth::Fixed(26.0),
            ColumnWidth::Relative(0.9),
            ColumnWidth::Relative(1.15),
            ColumnWidth::Relative(1.5),
            ColumnWidth::Relative(0.55),
            ColumnWidth::Relative(0.8),
        ],
        header_rows: 1,
        rows: vec![
            vec![
                h("No.", "序号"),
                h("Type", "类型"),
                h("Registration No.", "注册号"),
                h("Title", "名称"),
                h("Class", "类别"),
                h("Valid until", "有效期至"),
            ],
            vec![
                Bi::same("1"),
                h("Trademark", "商标"),
                Bi::same("12345678"),
                Bi::same("NORTHWIND"),
                Bi::same("25, 28"),
                h("13 June 2033", "2033年6月13日"),
            ],
            vec![
                Bi::same("2"),
                h("Trademark", "商标"),
                Bi::same("23456789"),
                h("NORTHWIND (device)", "北风 NORTHWIND（图形）"),
                Bi::same("18"),
                h("20 February 2031", "2031年2月20日"),
            ],
            vec![
                Bi::same("3"),
                h("Design patent", "外观设计专利"),
                Bi::same("ZL202130123456.8"),
                h("Folding camp chair", "折叠露营椅"),
                h("—", "—"),
                h("9 March 2036", "2036年3月9日"),
            ],
            vec![
                Bi::same("4"),
                h("Invention patent", "发明专利"),
                Bi::same("ZL201710601862.3"),
                h(
                    "Insulated water bottle with a vacuum-sealed lid",
                    "一种具有真空密封盖的保温水瓶",
                ),
                h("—", "—"),
                h("25 July 2037", "2037年7月25日"),
            ],
        ],
    };
    let clauses = vec![
        clause(
            "Scope.",
            "The Principal hereby appoints the Agent as its authorised representative to protect the intellectual property rights listed in the Schedule below on e-commerce platforms in the People's Republic of China, including Taobao, Tmall, 1688, AliExpress, JD, Pinduoduo and Douyin.",
            "委托范围：",
            "委托人兹委托受托人作为其授权代表，在中华人民共和国境内的电子商务平台（包括淘宝、天猫、1688、全球速卖通、京东、拼多多及抖音电商）上，保护下列附表所载明的知识产权。",
        ),
        clause(
            "Powers.",
            "The Agent may, in the name of the Principal: (a) register the Principal's rights on each platform's intellectual property protection portal; (b) file, supplement and withdraw complaints against infringing listings; (c) receive notices, answer counter-notices and submit rebuttal evidence; and (d) sign, seal and submit every document that these acts require.",
            "委托权限：",
            "受托人有权以委托人的名义：（一）在各平台知识产权保护系统中登记委托人的权利；（二）针对侵权商品链接提交、补充及撤回投诉；（三）接收平台通知，答复卖家提交的反通知并提交反驳证据；（四）签署、盖章并提交办理上述事项所需的全部文件。",
        ),
        clause(
            "Sub-delegation.",
            "The Agent may not delegate these powers to any third party without the Principal's prior written consent.",
            "转委托：",
            "未经委托人事先书面同意，受托人不得将本委托书项下的任何权限转委托给第三方。",
        ),
        clause(
            "Undertakings.",
            "The Principal confirms that it owns the rights listed, that they are valid and in force, and that all information it provides to the Agent is true, accurate and complete. The Principal bears the legal consequences of all acts that the Agent performs within the scope of this authority.",
            "委托人承诺：",
            "委托人确认其为所列权利的合法权利人，该等权利合法有效，且其向受托人提供的全部资料真实、准确、完整。受托人在本委托权限范围内实施的一切行为，其法律后果由委托人承担。",
        ),
        clause(
            "Term.",
            "This Power of Attorney takes effect on the date of signature and remains valid for one year, until 27 November 2027, unless the Principal revokes it earlier by written notice to the Agent and to the platforms concerned.",
            "委托期限：",
            "本委托书自签署之日起生效，有效期一年，至2027年11月27日止；委托人提前以书面形式通知受托人及相关平台撤销本委托的除外。",
        ),
        clause(
            "Language.",
            "This Power of Attorney is made in English and Chinese. Both texts are equally authentic; in case of any discrepancy between them, the Chinese text prevails.",
            "语言：",
            "本委托书以中英文两种文字书就，两种文本具有同等效力；两种文本如有不一致，以中文文本为准。",
        ),
    ];
    let signature = |role: Bi, party: Bi, signatory: Bi, title: Bi| {
        Block::Signature(Signature {
            role,
            party,
            signatory,
            title,
            seal: true,
            closing: false,
        })
    };
    Document {
        attachments: Vec::new(),
        meta: Meta {
            title: h("Power of Attorney", "授权委托书"),
            author: "Guangzhou Lumen IP Law Firm".to_string(),
            subject: h(
                "Power of attorney for IP complaints on e-commerce platforms",
                "电子商务平台知识产权投诉授权委托书",
            ),
            client: h("Northwind Outdoor Gear, Inc.", "北风户外用品有限公司"),
            signature_follows: h("(Signature page follows)", "（以下无正文）"),
            signature_page: h(
                "Signature page to the Power of Attorney",
                "（本页为《授权委托书》签署页）",
            ),
            continued: h("(cont.)", "（续）"),
        },
        blocks: vec![
            Block::Heading {
                level: 1,
                text: h("POWER OF ATTORNEY", "授权委托书"),
            },
            Block::Heading {
                level: 2,
                text: h("Parties", "当事人"),
            },
            Block::Table(parties),
            Block::Paragraph(h(
                "Northwind Outdoor Gear, Inc., a corporation organised and existing under the laws of the State of Washington, United States (the \"Principal\"), is the lawful owner of the intellectual property rights listed below. To stop infringement on Chinese e-commerce platforms, the Principal authorises Guangzhou Lumen IP Law Firm (the \"Agent\") as follows.",
                "北风户外用品有限公司（以下简称“委托人”）系依照美国华盛顿州法律设立并有效存续的公司，是下列知识产权的合法权利人。为制止中国电子商务平台上的侵权行为，委托人特此授权广州明律知识产权律师事务所（以下简称“受托人”）办理下列事项。",
            )),
            Block::Heading {
                level: 2,
                text: h("Authorisation", "授权事项"),
            },
            Block::List {
                numbered: true,
                items: clauses,
            },
            Block::Heading {
                level: 2,
                text: h("Schedule of rights", "知识产权清单"),
            },
            Block::Table(rights),
            Block::Heading {
                level: 2,
                text: h("Execution", "签署"),
            },
            signature(
                h("Principal", "委托人"),
                h("Northwind Outdoor Gear, Inc.", "北风户外用品有限公司"),
                Bi::same("Jane Whitfield"),
                h("Chief Executive Officer", "首席执行官"),
            ),
            signature(
                h("Agent", "受托人"),
                h("Guangzhou Lumen IP Law Firm", "广州明律知识产权律师事务所"),
                h("Li Wei", "李伟"),
                h("Partner", "合伙人"),
            ),
        ],
    }
}
