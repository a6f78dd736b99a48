//! The bank payment file of a monthly settlement: one ISO 20022 `pain.001.001.03` credit
//! transfer initiation, the form Finnish banks take for SEPA credit transfers, with one payment
//! per provider carrying the settlement's reference number. Checked against the published schema
//! in `server/tests/integration/settlement.rs`; why written by hand: docs/decisions/0039.

use chrono::NaiveDateTime;

use crate::config::Payer;
use crate::rules::{settlement, Money, YearMonth};

/// One payment: a provider, its account, and what it is paid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payment {
    pub provider_id: i64,
    pub name: String,
    pub business_id: String,
    pub iban: String,
    pub bic: String,
    pub amount: Money,
}

/// The file: `created` is when it is made (the message's time), `pay_on` the day the payments
/// are asked for. Payments of zero are left out: a bank refuses them.
pub fn pain_001(
    payer: &Payer,
    month: YearMonth,
    payments: &[Payment],
    created: NaiveDateTime,
    pay_on: chrono::NaiveDate,
) -> String {
    let paid: Vec<&Payment> = payments.iter().filter(|p| p.amount.cents() > 0).collect();
    let count = paid.len();
    let sum: Money = paid.iter().map(|p| p.amount).sum();
    let message_id = format!("PB-{month}-{}", created.format("%Y%m%d%H%M%S"));
    let mut xml = String::with_capacity(1_000 + 1_200 * count);
    xml.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.push_str(
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n<CstmrCdtTrfInitn>\n",
    );
    xml.push_str(&format!(
        "<GrpHdr><MsgId>{message_id}</MsgId><CreDtTm>{}</CreDtTm><NbOfTxs>{count}</NbOfTxs>\
         <CtrlSum>{sum}</CtrlSum><InitgPty><Nm>{}</Nm>{}</InitgPty></GrpHdr>\n",
        created.format("%Y-%m-%dT%H:%M:%S"),
        text(&payer.name, 70),
        organisation_id(&payer.business_id),
    ));
    xml.push_str(&format!(
        "<PmtInf><PmtInfId>{message_id}</PmtInfId><PmtMtd>TRF</PmtMtd><NbOfTxs>{count}</NbOfTxs>\
         <CtrlSum>{sum}</CtrlSum><PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf>\
         <ReqdExctnDt>{}</ReqdExctnDt><Dbtr><Nm>{}</Nm><PstlAdr><Ctry>FI</Ctry></PstlAdr>{}</Dbtr>\
         <DbtrAcct><Id><IBAN>{}</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BIC>{}</BIC></FinInstnId></DbtrAgt>\
         <ChrgBr>SLEV</ChrgBr>\n",
        pay_on.format("%Y-%m-%d"),
        text(&payer.name, 70),
        organisation_id(&payer.business_id),
        payer.iban,
        payer.bic,
    ));
    for p in paid {
        let end_to_end = format!("PB-{month}-{}", p.provider_id);
        xml.push_str(&format!(
            "<CdtTrfTxInf><PmtId><InstrId>{end_to_end}</InstrId><EndToEndId>{end_to_end}</EndToEndId></PmtId>\
             <Amt><InstdAmt Ccy=\"EUR\">{}</InstdAmt></Amt><CdtrAgt><FinInstnId><BIC>{}</BIC></FinInstnId></CdtrAgt>\
             <Cdtr><Nm>{}</Nm><PstlAdr><Ctry>FI</Ctry></PstlAdr>{}</Cdtr>\
             <CdtrAcct><Id><IBAN>{}</IBAN></Id></CdtrAcct>\
             <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>\
             <Ref>{}</Ref></CdtrRefInf></Strd></RmtInf></CdtTrfTxInf>\n",
            p.amount,
            p.bic,
            text(&p.name, 70),
            organisation_id(&p.business_id),
            p.iban,
            settlement::payment_reference(month, p.provider_id),
        ));
    }
    xml.push_str("</PmtInf>\n</CstmrCdtTrfInitn>\n</Document>\n");
    xml
}

/// A business ID as an organisation's identifier; "Y" is the Finnish banks' code for it.
fn organisation_id(business_id: &str) -> String {
    format!(
        "<Id><OrgId><Othr><Id>{}</Id><SchmeNm><Cd>Y</Cd></SchmeNm></Othr></OrgId></Id>",
        text(business_id, 35)
    )
}

/// Text for an element: at most `max` characters (the schema's limit), with the characters
/// XML reserves escaped.
fn text(value: &str, max: usize) -> String {
    let cut: String = value.trim().chars().take(max).collect();
    cut.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_payment_per_provider_with_its_reference_and_the_sums_in_the_header() {
        let day = chrono::NaiveDate::from_ymd_opt(2018, 4, 6).unwrap();
        let created = day.and_hms_opt(10, 15, 0).unwrap();
        let payment = |id: i64, name: &str, cents: i64| Payment {
            provider_id: id,
            name: name.to_string(),
            business_id: "2345678-0".to_string(),
            iban: "FI2112345600000785".to_string(),
            bic: "NDEAFIHH".to_string(),
            amount: Money::from_cents(cents),
        };
        let payments =
            [payment(1, "Kotipiha Oy", 292_500), payment(2, "A & B", 100), payment(3, "Nothing", 0)];
        let xml = pain_001(&Payer::demo(), YearMonth { year: 2018, month: 3 }, &payments, created, day);
        assert!(xml.contains("<NbOfTxs>2</NbOfTxs><CtrlSum>2926.00</CtrlSum>"), "{xml}");
        assert!(xml.contains("<InstdAmt Ccy=\"EUR\">2925.00</InstdAmt>"));
        assert!(xml.contains("<Nm>A &amp; B</Nm>"));
        assert!(!xml.contains("Nothing"), "a payment of zero is left out");
        assert!(xml.contains("<Ref>2018030000015</Ref>"));
        assert!(xml.contains("<MsgId>PB-2018-03-20180406101500</MsgId>"));
        assert!(xml.contains("<ReqdExctnDt>2018-04-06</ReqdExctnDt>"));
    }
}
