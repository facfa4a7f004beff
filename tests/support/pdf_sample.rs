//! Generated submissions for the PDF tests and benchmark: realistic sentences in the six UN
//! languages, numbered paragraphs, headings, a list, a table, a link, citations and footnotes,
//! at a chosen length. Shared by `tests/pdf.rs` and `benches/pdf.rs` (included with `#[path]`).

#![allow(dead_code)]

use cityrights::document::{Block, Content, Inline, ListItem, Mark, TableCell, TableRow};
use cityrights::submission::NewSection;

pub fn sentences(language: &str) -> &'static [&'static str] {
    match language {
        "fr" => &[
            "La ville offre un hébergement d'urgence à chaque famille expulsée de son logement et a construit 1 250 logements sociaux depuis le dernier examen.",
            "Les expulsions de logements municipaux sont passées de 312 en 2022 à 141 en 2025 grâce au service de prévention créé avec les associations de locataires.",
            "Les habitants des quartiers informels situés en périphérie ne sont toujours pas raccordés au réseau d'eau potable, et le service des eaux n'envisage aucune extension avant 2028.",
            "L'État devrait donner aux collectivités territoriales les compétences juridiques et les moyens financiers nécessaires pour prévenir les expulsions locatives.",
            "Les écoles primaires accueillent tous les enfants résidant dans la commune, quelle que soit la situation administrative de leurs parents.",
            "La police municipale a enregistré 48 plaintes pour contrôles discriminatoires en 2025 ; une commission indépendante examine désormais chacune d'elles.",
        ],
        "es" => &[
            "La ciudad ofrece alojamiento de emergencia a todas las familias desalojadas de su vivienda y ha construido 1.250 viviendas sociales desde el último examen.",
            "Los desalojos de viviendas municipales bajaron de 312 en 2022 a 141 en 2025 gracias al servicio de prevención creado con las asociaciones de inquilinos.",
            "Los habitantes de los asentamientos informales de la periferia siguen sin conexión a la red de agua potable, y la empresa municipal no prevé ampliarla antes de 2028.",
            "El Estado debería otorgar a los gobiernos locales las competencias jurídicas y la financiación necesarias para prevenir los desalojos en el alquiler privado.",
            "Las escuelas primarias admiten a todos los niños que viven en el municipio, cualquiera que sea la situación migratoria de sus padres.",
            "¿Quién responde cuando una familia pierde su hogar? La ciudad, que coordina los servicios sociales, de vivienda y de salud.",
        ],
        "ru" => &[
            "Город предоставляет временное жильё каждой семье, выселенной из своего дома, и с момента последнего обзора построил 1 250 единиц социального жилья.",
            "Число выселений из муниципального жилья сократилось с 312 в 2022 году до 141 в 2025 году благодаря службе профилактики, созданной вместе с ассоциациями жильцов.",
            "Жители неформальных поселений на окраине города по-прежнему не подключены к водопроводной сети, и коммунальное предприятие не планирует её расширение до 2028 года.",
            "Государству следует предоставить органам местного самоуправления правовые полномочия и финансирование, необходимые для предотвращения выселений.",
            "Начальные школы принимают всех детей, проживающих в городе, независимо от миграционного статуса их родителей.",
        ],
        "ar" => &[
            "توفر المدينة مأوى طارئاً لكل أسرة أُخليت من مسكنها، وقد شيّدت 1250 وحدة سكنية اجتماعية منذ الاستعراض السابق.",
            "انخفض عدد حالات الإخلاء من المساكن البلدية من 312 حالة في عام 2022 إلى 141 حالة في عام 2025 بفضل خدمة الوقاية التي أُنشئت مع جمعيات المستأجرين.",
            "لا يزال سكان المستوطنات غير الرسمية في أطراف المدينة يفتقرون إلى الربط بشبكة المياه، كما ورد في الوثيقة A/HRC/59/15.",
            "ينبغي للدولة أن تمنح الحكومات المحلية الصلاحيات القانونية والتمويل اللازمين لمنع عمليات الإخلاء من المساكن المؤجرة.",
            "تقبل المدارس الابتدائية جميع الأطفال المقيمين في المدينة بصرف النظر عن وضع آبائهم من حيث الإقامة.",
        ],
        "zh" => &[
            "本市为每个被驱逐出住房的家庭提供紧急住所，自上次审议以来已建造1250套社会住房。",
            "由于与租户协会共同设立的预防服务，市政住房的驱逐案件从2022年的312起降至2025年的141起。",
            "城市边缘非正规住区的居民仍未接入供水管网，市政供水公司在2028年之前没有扩建计划。",
            "国家应赋予地方政府防止私人租赁住房驱逐所需的法律权力和资金。",
            "小学接收居住在本市的所有儿童，无论其父母的居留身份如何。",
        ],
        _ => &[
            "The city provides emergency shelter to every family evicted from its home and has built 1,250 social housing units since the last review.",
            "Evictions from municipal housing fell from 312 in 2022 to 141 in 2025 after the city created a prevention service with tenants' associations.",
            "Residents of informal settlements at the edge of the city still lack a connection to the water network, and the utility has no plan to extend it before 2028.",
            "The municipal police recorded 48 complaints of discriminatory stops in 2025; an independent commission now reviews each one and publishes its findings.",
            "Primary schools admit every child living in the city, whatever the residence status of the parents, as the national human rights institution recommended.",
            "The State should give local governments the legal power and the funding to prevent evictions from privately rented housing.",
            "Consultations with 37 organisations of civil society, held between March and June 2025, informed every section of this submission.",
        ],
    }
}

/// Section titles and a heading word, per language.
fn titles(language: &str) -> (&'static [&'static str], &'static str, &'static str) {
    match language {
        "fr" => (
            &[
                "Résumé",
                "La ville et ses compétences",
                "Suivi de l'examen précédent",
                "Faits nouveaux",
                "Recommandations à l'État",
            ],
            "Logement",
            "Source",
        ),
        "es" => (
            &[
                "Resumen",
                "La ciudad y sus competencias",
                "Seguimiento del examen anterior",
                "Novedades",
                "Recomendaciones al Estado",
            ],
            "Vivienda",
            "Fuente",
        ),
        "ru" => (
            &[
                "Резюме",
                "Город и его полномочия",
                "Выполнение рекомендаций",
                "Новые события",
                "Рекомендации государству",
            ],
            "Жильё",
            "Источник",
        ),
        "ar" => (
            &[
                "موجز",
                "المدينة واختصاصاتها",
                "متابعة الاستعراض السابق",
                "تطورات جديدة",
                "توصيات إلى الدولة",
            ],
            "السكن",
            "المصدر",
        ),
        "zh" => (
            &[
                "摘要",
                "城市及其职权",
                "上次审议的后续行动",
                "新的进展",
                "对国家的建议",
            ],
            "住房",
            "来源",
        ),
        _ => (
            &[
                "Summary",
                "The city and its competences",
                "Follow-up to the previous review",
                "New developments",
                "Recommendations to the State",
            ],
            "Housing",
            "Source",
        ),
    }
}

/// A small deterministic generator (no dependency): the same seed gives the same document.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

fn words_of(language: &str, s: &str) -> usize {
    if language == "zh" {
        s.chars().count() / 2
    } else {
        s.split_whitespace().count()
    }
}

/// A submission of about `words` words with `footnotes` footnotes; `rich` adds a heading in
/// every section, a bullet list, a table, a link and a citation.
pub fn submission(
    language: &str,
    words: usize,
    footnotes: usize,
    seed: u64,
    rich: bool,
) -> Vec<NewSection> {
    let bank = sentences(language);
    let (section_titles, heading, source) = titles(language);
    let mut rng = Lcg(seed);
    // Paragraphs first, then spread the sections and footnotes over them.
    let mut paragraphs: Vec<Vec<Inline>> = Vec::new();
    let mut count = 0;
    while count < words {
        let n = 2 + rng.next(3);
        let mut text = String::new();
        for k in 0..n {
            let s = bank[rng.next(bank.len())];
            if k > 0 && language != "zh" {
                text.push(' ');
            }
            text.push_str(s);
            count += words_of(language, s);
        }
        paragraphs.push(vec![Inline::text(text)]);
    }
    let np = paragraphs.len();
    for f in 0..footnotes {
        let at = (f * np) / footnotes.max(1);
        let note = format!("{source} {}: {}", f + 1, bank[rng.next(bank.len())]);
        paragraphs[at.min(np - 1)].push(Inline::Footnote {
            content: vec![Inline::text(note)],
        });
    }
    let sections = section_titles.len().min(np.max(1));
    let mut out = Vec::new();
    let per = np.div_ceil(sections);
    for (k, chunk) in paragraphs.chunks(per.max(1)).enumerate() {
        let mut blocks = Vec::new();
        for (i, content) in chunk.iter().enumerate() {
            if rich && i == 1 {
                blocks.push(Block::Heading {
                    level: 1,
                    content: vec![Inline::text(heading)],
                });
            }
            blocks.push(Block::Paragraph {
                numbered: true,
                content: content.clone(),
            });
            if rich && k == 0 && i == 0 {
                blocks.push(Block::BulletList {
                    items: (0..3)
                        .map(|j| ListItem {
                            blocks: vec![Block::Paragraph {
                                numbered: false,
                                content: vec![Inline::text(bank[j % bank.len()])],
                            }],
                        })
                        .collect(),
                });
            }
            if rich && k == 1 && i == 0 {
                let row = |a: &str, b: &str, header: bool| TableRow {
                    cells: vec![
                        TableCell {
                            header,
                            content: vec![Inline::text(a)],
                        },
                        TableCell {
                            header,
                            content: vec![Inline::text(b)],
                        },
                    ],
                };
                blocks.push(Block::Table {
                    rows: vec![
                        row("2022", "312", true),
                        row("2023", "260", false),
                        row("2024", "198", false),
                        row("2025", "141", false),
                    ],
                });
                blocks.push(Block::Paragraph {
                    numbered: false,
                    content: vec![
                        Inline::Text {
                            text: "OHCHR".into(),
                            marks: vec![Mark::Link {
                                href: "https://www.ohchr.org/en/hr-bodies/upr".into(),
                            }],
                        },
                        Inline::text(" — "),
                        Inline::Citation {
                            symbol: "A/HRC/59/15".into(),
                            paragraph: Some("140.7".into()),
                        },
                    ],
                });
            }
        }
        out.push(NewSection {
            title: section_titles[k % section_titles.len()].to_string(),
            content: Content { blocks },
            guidance: String::new(),
        });
    }
    out
}
