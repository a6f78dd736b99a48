//! What the API's input looks like on the wire, said once: the OpenAPI document declares it
//! ([`declare`], used by `Exact`) and the parsers in `input.rs` keep to it, so that anything the
//! document allows gets past the parsers and anything it forbids is refused with a 4xx.

use serde_json::Value;
use utoipa::openapi::schema::{
    ArrayItems, KnownFormat, Object, ObjectBuilder, OneOfBuilder, Schema, SchemaFormat, SchemaType, Type,
};
use utoipa::openapi::{Components, RefOr};
use utoipa::Number;

use crate::rules::Product;

/// A day: `2018-05-07`.
pub const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
/// Euros with at most two decimals, below a billion: `75`, `24.50`.
pub const MONEY_PATTERN: &str = "^[0-9]{1,9}(\\.[0-9]{1,2})?$";
/// Units (days or hours) as text: `7.5`, below [`DECIMAL_MAX`].
pub const DECIMAL_PATTERN: &str = "^[0-9]{1,4}(\\.[0-9]{1,2})?$";
/// The most units one record or one month's line can carry.
pub const DECIMAL_MAX: i64 = 10_000;

pub fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() })
}

pub fn is_money(text: &str) -> bool {
    is_digits_with_cents(text, 9)
}

pub fn is_decimal(text: &str) -> bool {
    is_digits_with_cents(text, 4)
}

/// `whole` digits at most (one at least), then perhaps a dot and one or two digits.
fn is_digits_with_cents(text: &str, whole: usize) -> bool {
    let (int, cents) = match text.split_once('.') {
        Some((int, cents)) => (int, Some(cents)),
        None => (text, None),
    };
    let digits =
        |s: &str, most: usize| (1..=most).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    digits(int, whole) && cents.is_none_or(|c| digits(c, 2))
}

/// The shape of one input property, where it is more than its type says.
enum Wire {
    Date,
    Money,
    Product,
    Codes(&'static [&'static str]),
    Range(i64, i64),
    Name,
    MaxLength(usize),
    NonBlankUpTo(usize),
}

/// What each request body's properties look like; the rest are as their Rust types say.
fn wire(component: &str, property: &str) -> Option<Wire> {
    use Wire::*;
    Some(match (component, property) {
        (_, "product") => Product,
        (_, "start" | "end" | "valid_from" | "valid_to" | "date" | "inspection_date") => Date,
        (_, "unit_price" | "unit_value") => Money,
        ("NewClient" | "NewProvider" | "ProviderInput", "name") => Name,
        ("NewClient", "language") => Codes(&["fi", "sv", "en"]),
        ("ProviderInput", "languages") => Codes(&app::providers::STAFF_LANGUAGES),
        ("NewDecisionLine", "kind") => Codes(&["daily", "monthly"]),
        ("NewDecisionLine", "tier") => Range(1, 3),
        ("AnswerBody", "score") => Range(1, 5),
        ("AnswerBody", "words") => MaxLength(crate::rules::feedback::MAX_WORDS),
        ("RecordBody", "provider_record_id") => NonBlankUpTo(200),
        ("OfferInput", "free_places") | ("QualityInput", "complaints_upheld") => Range(0, i64::MAX),
        ("QualityInput", "qualified_staff_percent" | "staff_turnover_percent") => Range(0, 100),
        ("QualityInput", "inspection_result") => Codes(&["no-remarks", "remarks", "serious-remarks"]),
        _ => return None,
    })
}

/// The request bodies whose properties [`wire`] describes.
const INPUTS: [&str; 13] = [
    "NewClient",
    "NewProvider",
    "ProductPrice",
    "NewAgreement",
    "NewDecision",
    "NewDecisionLine",
    "RecordBody",
    "NewChange",
    "AnswerBody",
    "VisitCodeBody",
    "ProviderInput",
    "OfferInput",
    "QualityInput",
];

/// Writes the wire formats into the document's request bodies and the units' own schema.
pub fn declare(components: &mut Components) {
    for name in INPUTS {
        let Some(RefOr::T(Schema::Object(body))) = components.schemas.get_mut(name) else { continue };
        for (property, schema) in body.properties.iter_mut() {
            if let (Some(wire), RefOr::T(schema)) = (wire(name, property), schema) {
                shape(schema, &wire);
            }
        }
    }
    let units = OneOfBuilder::new()
        .description(Some("Days or hours: a number from 0 to 10000, or the same as text (\"7.5\")"))
        .item(
            ObjectBuilder::new()
                .schema_type(Type::Number)
                .minimum(Some(Number::Int(0)))
                .maximum(Some(Number::Int(DECIMAL_MAX as isize))),
        )
        .item(ObjectBuilder::new().schema_type(Type::String).pattern(Some(DECIMAL_PATTERN)))
        .build();
    components.schemas.insert("DecimalInput".to_string(), RefOr::T(Schema::OneOf(units)));
}

fn shape(schema: &mut Schema, wire: &Wire) {
    match schema {
        Schema::Array(array) => {
            if let ArrayItems::RefOrSchema(item) = &mut array.items {
                if let RefOr::T(item) = item.as_mut() {
                    shape(item, wire);
                }
            }
        }
        Schema::Object(object) => shape_object(object, wire),
        _ => {}
    }
}

fn shape_object(object: &mut Object, wire: &Wire) {
    let nullable = matches!(&object.schema_type, SchemaType::Array(types) if types.contains(&Type::Null));
    let codes = |codes: Vec<&str>| {
        let mut values: Vec<Value> = codes.into_iter().map(Value::from).collect();
        if nullable {
            values.push(Value::Null);
        }
        Some(values)
    };
    match wire {
        Wire::Date => {
            object.format = Some(SchemaFormat::KnownFormat(KnownFormat::Date));
            object.pattern = Some(DATE_PATTERN.to_string());
        }
        Wire::Money => object.pattern = Some(MONEY_PATTERN.to_string()),
        Wire::Product => object.enum_values = codes(Product::ALL.iter().map(|p| p.code()).collect()),
        Wire::Codes(known) => object.enum_values = codes(known.to_vec()),
        Wire::Range(least, most) => {
            object.minimum = Some(Number::Int(*least as isize));
            object.maximum = Some(Number::Int(*most as isize));
        }
        Wire::Name => {
            object.min_length = Some(1);
            object.pattern = Some("\\S".to_string());
        }
        Wire::MaxLength(most) => object.max_length = Some(*most),
        Wire::NonBlankUpTo(most) => {
            object.min_length = Some(1);
            object.max_length = Some(*most);
            object.pattern = Some("\\S".to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::rules::Money;

    #[test]
    fn what_the_patterns_forbid_the_checks_refuse() {
        for text in ["+5", "-5", "1e3", " 5", "5 ", "5.", ".5", "1_000", "5.123", "1000000000", ""] {
            assert!(!is_money(text), "{text:?}");
        }
        for text in ["0", "75", "24.5", "24.50", "999999999.99"] {
            assert!(is_money(text), "{text:?}");
        }
        assert!(is_decimal("9999.99") && !is_decimal("10000") && !is_decimal("7,5"));
        assert!(is_date("2018-05-07") && !is_date("2018-5-7") && !is_date("+2018-05-07"));
    }

    proptest! {
        #[test]
        fn what_the_patterns_allow_the_checks_take(
            money in MONEY_PATTERN.trim_matches(|c| c == '^' || c == '$'),
            units in DECIMAL_PATTERN.trim_matches(|c| c == '^' || c == '$'),
        ) {
            prop_assert!(is_money(&money) && Money::parse(&money).is_some(), "{}", money);
            prop_assert!(is_decimal(&units), "{}", units);
        }

        #[test]
        fn what_the_checks_take_the_patterns_allow(text in "[0-9.+e -]{0,14}") {
            if is_money(&text) {
                prop_assert!(Money::parse(&text).is_some());
                prop_assert!(!text.starts_with(['+', '-', ' ', '.']) && !text.contains(['e', ' ']));
            }
        }
    }
}
