//! The demo's registry details: what each demo provider tells about itself, its places and
//! their accessibility, its staff's languages, free places, quality figures and the feedback
//! other clients gave. Invented, like everything in the demo.

use app::providers::{Location, Quality};
use chrono::NaiveDate;
use sqlx::AnyConnection;

use crate::rules::{Money, Product};
use crate::store::providers::{self, ProviderData};
use crate::store::StoreError;

pub struct Listing {
    pub provider: &'static str,
    /// Municipalities served besides the home one.
    pub also_serves: &'static [&'static str],
    /// Finnish, Swedish, English.
    pub descriptions: [&'static str; 3],
    pub places: &'static [Place],
    pub languages: &'static [&'static str],
    pub free_places: &'static [(Product, i64)],
    /// Qualified staff %, staff turnover %, complaints upheld, inspection day and result.
    pub quality: Option<(i64, i64, i64, &'static str, &'static str)>,
    /// Answers giving 1, 2, 3, 4 and 5.
    pub feedback: [i64; 5],
}

pub struct Place {
    pub name: &'static str,
    pub address: &'static str,
    pub postal_code: &'static str,
    pub municipality: &'static str,
    pub features: &'static [&'static str],
}

use Product::*;

const STEP_FREE: &str = "step-free-access";
const TOILET: &str = "accessible-toilet";
const LOOP: &str = "hearing-loop";
const QUIET: &str = "quiet-space";
const PARKING: &str = "accessible-parking";
const BUS: &str = "public-transport";

pub const LISTINGS: &[Listing] = &[
    Listing {
        provider: "Kotipiha Oy",
        also_serves: &["Kontiolahti", "Liperi"],
        descriptions: [
            "Kotipiha on pieni koti keskellä Joensuuta. Asukkaita on kahdeksan. Päivätoiminnassa leivotaan, ulkoillaan ja tehdään käsitöitä.",
            "Kotipiha är ett litet hem mitt i Joensuu. Där bor åtta personer. I dagverksamheten bakar vi, är ute och gör handarbete.",
            "Kotipiha is a small home in the centre of Joensuu. Eight people live there. In day activities we bake, go outdoors and make crafts.",
        ],
        places: &[Place {
            name: "Kotipiha",
            address: "Rantakatu 12",
            postal_code: "80100",
            municipality: "Joensuu",
            features: &[STEP_FREE, TOILET, QUIET, BUS],
        }],
        languages: &["fi", "en"],
        free_places: &[(SupportedHousing, 1), (DayActivities, 3)],
        quality: Some((92, 8, 0, "2018-02-14", "no-remarks")),
        feedback: [0, 1, 2, 9, 14],
    },
    Listing {
        provider: "Apuna Avustajapalvelut",
        also_serves: &["Kontiolahti", "Liperi", "Outokumpu"],
        descriptions: [
            "Apuna etsii sinulle henkilökohtaisen avustajan. Avustaja tulee kotiisi tai lähtee kanssasi harrastuksiin.",
            "Apuna hittar en personlig assistent åt dig. Assistenten kommer hem till dig eller följer med dig på fritiden.",
            "Apuna finds you a personal assistant. The assistant comes to your home or goes with you to your hobbies.",
        ],
        places: &[Place {
            name: "Apunan toimisto",
            address: "Torikatu 9",
            postal_code: "80100",
            municipality: "Joensuu",
            features: &[STEP_FREE, LOOP, BUS],
        }],
        languages: &["fi", "sv", "en"],
        free_places: &[],
        quality: Some((71, 22, 1, "2017-11-03", "remarks")),
        feedback: [1, 2, 4, 6, 3],
    },
    Listing {
        provider: "Karjalan Avustajat",
        also_serves: &["Joensuu", "Outokumpu"],
        descriptions: [
            "Karjalan Avustajat auttaa arjessa: kaupassa käynnissä, ruoanlaitossa ja harrastuksissa.",
            "Karjalan Avustajat hjälper i vardagen: när du handlar, lagar mat och har fritid.",
            "Karjalan Avustajat help with everyday life: shopping, cooking and hobbies.",
        ],
        places: &[Place {
            name: "Karjalan Avustajat",
            address: "Keskustie 4",
            postal_code: "83100",
            municipality: "Liperi",
            features: &[PARKING],
        }],
        languages: &["fi", "ru"],
        free_places: &[],
        quality: Some((64, 30, 0, "2018-01-22", "no-remarks")),
        feedback: [0, 0, 2, 3, 1],
    },
    Listing {
        provider: "Vierellä Hoiva",
        also_serves: &["Joensuu", "Liperi"],
        descriptions: [
            "Vierellä Hoivan hoitaja on vierelläsi sairaalassa tai kotona, kun tarvitset jatkuvaa apua.",
            "En vårdare från Vierellä Hoiva finns vid din sida på sjukhuset eller hemma när du behöver hjälp hela tiden.",
            "A carer from Vierellä Hoiva stays by your side in hospital or at home when you need help all the time.",
        ],
        places: &[Place {
            name: "Vierellä Hoiva",
            address: "Kirkkotie 2",
            postal_code: "81100",
            municipality: "Kontiolahti",
            features: &[STEP_FREE, TOILET, PARKING],
        }],
        languages: &["fi"],
        free_places: &[],
        quality: Some((100, 5, 0, "2018-03-08", "no-remarks")),
        feedback: [0, 0, 0, 2, 2],
    },
    Listing {
        provider: "Outokummun Toimintakeskus",
        also_serves: &["Liperi"],
        descriptions: [
            "Toimintakeskuksessa on työtä ja tekemistä: puutyötä, kangaspuita ja musiikkia.",
            "I verksamhetscentret finns arbete och saker att göra: träslöjd, vävstolar och musik.",
            "The activity centre has work and things to do: woodwork, weaving and music.",
        ],
        places: &[Place {
            name: "Toimintakeskus",
            address: "Kummunkatu 20",
            postal_code: "83500",
            municipality: "Outokumpu",
            features: &[STEP_FREE, TOILET, QUIET, PARKING, BUS],
        }],
        languages: &["fi"],
        free_places: &[(DayActivities, 0)],
        quality: Some((85, 12, 0, "2017-10-10", "no-remarks")),
        feedback: [0, 0, 1, 5, 6],
    },
    Listing {
        provider: "Kontiolahden Hoivakoti",
        also_serves: &["Joensuu"],
        descriptions: [
            "Hoivakodissa on apua koko vuorokauden. Voit tulla myös lyhyeksi ajaksi, kun omainen lepää.",
            "I vårdhemmet får du hjälp dygnet runt. Du kan också komma för en kort tid när din anhöriga vilar.",
            "The care home gives help day and night. You can also come for a short stay while your relative rests.",
        ],
        places: &[Place {
            name: "Hoivakoti Kuusela",
            address: "Kuuselantie 7",
            postal_code: "81100",
            municipality: "Kontiolahti",
            features: &[STEP_FREE, TOILET, LOOP, PARKING],
        }],
        languages: &["fi", "sv"],
        free_places: &[(IntensiveHousing, 2), (TemporaryHousing, 1)],
        quality: Some((88, 15, 1, "2018-04-02", "remarks")),
        feedback: [0, 2, 3, 6, 4],
    },
    Listing {
        provider: "Ilomantsin Päiväpiste",
        also_serves: &[],
        descriptions: [
            "Päiväpisteessä tehdään yhdessä ruokaa, pelataan ja käydään retkillä luonnossa.",
            "På Päiväpiste lagar vi mat tillsammans, spelar spel och gör utflykter i naturen.",
            "At Päiväpiste we cook together, play games and go on trips in nature.",
        ],
        places: &[Place {
            name: "Päiväpiste",
            address: "Kalevalantie 3",
            postal_code: "82900",
            municipality: "Ilomantsi",
            features: &[STEP_FREE, TOILET, QUIET],
        }],
        languages: &["fi"],
        free_places: &[(DayActivities, 4)],
        quality: Some((80, 10, 0, "2017-09-19", "no-remarks")),
        feedback: [0, 0, 0, 3, 5],
    },
    Listing {
        provider: "Lieksan Lähiapu",
        also_serves: &["Nurmes"],
        descriptions: [
            "Lähiapu tuo avustajan ja hoitajan kotiisi Lieksassa ja Nurmeksessa.",
            "Lähiapu skickar en assistent och en vårdare hem till dig i Lieksa och Nurmes.",
            "Lähiapu brings an assistant or a carer to your home in Lieksa and Nurmes.",
        ],
        places: &[Place {
            name: "Lähiapu",
            address: "Pielisentie 15",
            postal_code: "81700",
            municipality: "Lieksa",
            features: &[BUS],
        }],
        languages: &["fi", "en"],
        free_places: &[],
        quality: None,
        feedback: [0, 0, 1, 1, 0],
    },
    Listing {
        provider: "Solbacka Assistans",
        also_serves: &["Kontiolahti"],
        descriptions: [
            "Solbacka on ruotsinkielinen avustajapalvelu. Avustajat puhuvat ruotsia ja suomea.",
            "Solbacka är en svenskspråkig assistansservice. Assistenterna talar svenska och finska.",
            "Solbacka is a Swedish-speaking assistance service. The assistants speak Swedish and Finnish.",
        ],
        places: &[Place {
            name: "Solbacka",
            address: "Koskikatu 1",
            postal_code: "80100",
            municipality: "Joensuu",
            features: &[STEP_FREE, TOILET, LOOP, BUS],
        }],
        languages: &["sv", "fi"],
        free_places: &[],
        quality: Some((78, 11, 0, "2018-02-01", "no-remarks")),
        feedback: [0, 0, 1, 2, 5],
    },
    Listing {
        provider: "Joensuun Tukikoti",
        also_serves: &[],
        descriptions: [
            "Tukikodissa asut omassa asunnossa, ja apua saa aina samasta talosta.",
            "I stödhemmet bor du i en egen lägenhet och får alltid hjälp i samma hus.",
            "In the support home you live in your own flat, and help is always in the same building.",
        ],
        places: &[Place {
            name: "Tukikoti Niinivaara",
            address: "Niinikatu 5",
            postal_code: "80200",
            municipality: "Joensuu",
            features: &[STEP_FREE, TOILET, PARKING, BUS],
        }],
        languages: &["fi"],
        free_places: &[(SupportedHousing, 0)],
        quality: Some((75, 18, 2, "2017-12-12", "remarks")),
        feedback: [1, 1, 3, 2, 1],
    },
    Listing {
        provider: "Pielisen Palvelukoti",
        also_serves: &["Lieksa", "Juuka"],
        descriptions: [
            "Palvelukoti on järven rannalla. Jokaisella on oma huone ja oma vessa.",
            "Servicehemmet ligger vid sjön. Alla har ett eget rum och en egen toalett.",
            "The service home is by the lake. Everyone has their own room and their own toilet.",
        ],
        places: &[Place {
            name: "Palvelukoti Rantala",
            address: "Rantalantie 8",
            postal_code: "75500",
            municipality: "Nurmes",
            features: &[STEP_FREE, TOILET, LOOP, QUIET, PARKING],
        }],
        languages: &["fi"],
        free_places: &[(IntensiveHousing, 1), (SupportedHousing, 2)],
        quality: Some((95, 6, 0, "2018-03-20", "no-remarks")),
        feedback: [0, 0, 0, 4, 8],
    },
    Listing {
        provider: "Kiteen Hoivakoti",
        also_serves: &["Tohmajärvi"],
        descriptions: [
            "Hoivakodissa on paljon hoitajia. Sopii, jos tarvitset paljon apua myös yöllä.",
            "Vårdhemmet har många vårdare. Det passar om du behöver mycket hjälp också på natten.",
            "The care home has many carers. It suits you if you need a lot of help at night too.",
        ],
        places: &[Place {
            name: "Hoivakoti Kitee",
            address: "Savikontie 11",
            postal_code: "82500",
            municipality: "Kitee",
            features: &[STEP_FREE, TOILET, PARKING],
        }],
        languages: &["fi", "ru"],
        free_places: &[(IntensiveHousing, 0), (TemporaryHousing, 2)],
        quality: Some((90, 9, 0, "2018-01-30", "no-remarks")),
        feedback: [0, 1, 1, 3, 2],
    },
    Listing {
        provider: "Juuan Tukiasunnot",
        also_serves: &["Nurmes"],
        descriptions: [
            "Pieniä asuntoja Juuan keskustassa. Ohjaaja käy joka päivä.",
            "Små lägenheter i centrum av Juuka. En handledare kommer varje dag.",
            "Small flats in the centre of Juuka. A support worker visits every day.",
        ],
        places: &[Place {
            name: "Tukiasunnot",
            address: "Poikolantie 6",
            postal_code: "83900",
            municipality: "Juuka",
            features: &[STEP_FREE],
        }],
        languages: &["fi"],
        free_places: &[(SupportedHousing, 3)],
        quality: Some((70, 20, 0, "2017-08-15", "no-remarks")),
        feedback: [0, 0, 0, 0, 0],
    },
    Listing {
        provider: "Polvijärven Toimintakeskus",
        also_serves: &["Outokumpu"],
        descriptions: [
            "Toimintakeskuksessa on puutarha ja eläimiä. Voit hoitaa kanoja ja kasvattaa kukkia.",
            "Verksamhetscentret har en trädgård och djur. Du kan sköta hönor och odla blommor.",
            "The activity centre has a garden and animals. You can look after hens and grow flowers.",
        ],
        places: &[Place {
            name: "Toimintakeskus Kotakallio",
            address: "Kotakalliontie 2",
            postal_code: "83700",
            municipality: "Polvijärvi",
            features: &[STEP_FREE, TOILET, QUIET],
        }],
        languages: &["fi"],
        free_places: &[(DayActivities, 2)],
        quality: Some((83, 7, 0, "2018-02-27", "no-remarks")),
        feedback: [0, 0, 1, 4, 5],
    },
    Listing {
        provider: "Liperin Kotiranta",
        also_serves: &["Joensuu"],
        descriptions: [
            "Kotirannassa voit asua lyhyen ajan. Hoitaja voi myös tulla vierellesi.",
            "På Kotiranta kan du bo en kort tid. En vårdare kan också komma och vara hos dig.",
            "At Kotiranta you can stay for a short time. A carer can also come to be with you.",
        ],
        places: &[Place {
            name: "Kotiranta",
            address: "Rantatie 30",
            postal_code: "83100",
            municipality: "Liperi",
            features: &[TOILET, PARKING],
        }],
        languages: &["fi", "et"],
        free_places: &[(TemporaryHousing, 1)],
        quality: Some((86, 14, 0, "2018-04-11", "no-remarks")),
        feedback: [0, 0, 2, 2, 1],
    },
    Listing {
        provider: "Taidetalo Tuike",
        also_serves: &["Kontiolahti"],
        descriptions: [
            "Tuike on taiteen päivätoimintaa: maalataan, soitetaan ja tehdään teatteria. Tila on rauhallinen.",
            "Tuike är dagverksamhet med konst: vi målar, spelar och gör teater. Lokalen är lugn.",
            "Tuike is day activities with art: we paint, play music and make theatre. The place is calm.",
        ],
        places: &[Place {
            name: "Taidetalo Tuike",
            address: "Siltakatu 8",
            postal_code: "80100",
            municipality: "Joensuu",
            features: &[STEP_FREE, TOILET, LOOP, QUIET, BUS],
        }],
        languages: &["fi", "sv", "fse"],
        free_places: &[(DayActivities, 5)],
        quality: Some((89, 9, 0, "2018-03-05", "no-remarks")),
        feedback: [0, 0, 1, 3, 7],
    },
];

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a valid demo date")
}

/// Adds the listing's details to a provider already stored with its home municipality and
/// prices. Feedback answers are dated `answered_on`.
pub async fn seed_listing(
    conn: &mut AnyConnection,
    provider_id: i64,
    home: &str,
    prices: &[(Product, i64)],
    listing: &Listing,
    answered_on: NaiveDate,
) -> Result<(), StoreError> {
    let [fi, sv, en] = listing.descriptions;
    let data = ProviderData {
        name: listing.provider.to_string(),
        descriptions: [("fi", fi), ("sv", sv), ("en", en)]
            .map(|(l, t)| (l.to_string(), t.to_string()))
            .to_vec(),
        phone: Some(format!("013 555 {:04}", 100 + provider_id)),
        email: Some(format!("info@{}.example", slug(listing.provider))),
        website: Some(format!("https://{}.example", slug(listing.provider))),
        areas: std::iter::once(home).chain(listing.also_serves.iter().copied()).map(str::to_string).collect(),
        locations: listing
            .places
            .iter()
            .map(|p| Location {
                name: p.name.to_string(),
                address: p.address.to_string(),
                postal_code: p.postal_code.to_string(),
                municipality: p.municipality.to_string(),
                accessibility: p.features.iter().map(|f| f.to_string()).collect(),
            })
            .collect(),
        languages: listing.languages.iter().map(|l| l.to_string()).collect(),
        offers: prices
            .iter()
            .map(|&(product, cents)| {
                let free = listing.free_places.iter().find(|(p, _)| *p == product).map(|(_, n)| *n);
                (product, Money::from_cents(cents), free)
            })
            .collect(),
        quality: listing.quality.map(|(qualified, turnover, complaints, inspected, result)| Quality {
            qualified_staff_percent: Some(qualified),
            staff_turnover_percent: Some(turnover),
            complaints_upheld: Some(complaints),
            inspection_date: Some(day(inspected).format("%Y-%m-%d").to_string()),
            inspection_result: Some(result.to_string()),
            reported_on: "2018-04-30".to_string(),
        }),
    };
    providers::replace(conn, provider_id, &data, answered_on).await?;
    let product = prices[0].0;
    for (score, &count) in (1..=5).zip(listing.feedback.iter()) {
        for _ in 0..count {
            providers::insert_feedback(&mut *conn, provider_id, product, score, answered_on).await?;
        }
    }
    Ok(())
}

fn slug(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' => 'a',
            'ö' => 'o',
            'å' => 'a',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect()
}
