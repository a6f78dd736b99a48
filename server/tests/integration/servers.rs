//! Two servers on one database, as behind a load balancer: a sign-in made on one holds on the
//! other and ends on both, and the throttles count the tries made on either
//! (docs/decisions/0026-scale.md).

use axum::http::StatusCode;
use serde_json::json;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(a_sign_in_holds_on_both_servers_and_ends_on_both, both_servers_count_the_same_tries);

async fn a_sign_in_holds_on_both_servers_and_ends_on_both(mut first: TestApp) {
    first.sign_in("aino").await;
    let mut second = first.second_server().await;
    let home = second.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(
        home.text().contains("Kirjautunut: Aino Kettunen"),
        "signed in on the second server: {}",
        home.text()
    );

    second.post_form("/sign-out", &[]).await;
    let after = first.get("/").await;
    assert!(
        !after.text().contains("Kirjautunut: Aino Kettunen"),
        "signed out on the first server too: {}",
        after.text()
    );
}

async fn both_servers_count_the_same_tries(mut first: TestApp) {
    let mut second = first.second_server().await;
    let limit = server::http::limits::PER_PLACE_PER_MINUTE as usize;
    let mut statuses = Vec::new();
    for n in 0..limit + 4 {
        let letters = server::rules::feedback::CODE_ALPHABET;
        let guess = format!("BBBBBB{}{}", char::from(letters[n / 29]), char::from(letters[n % 29]));
        let server = if n % 2 == 0 { &mut first } else { &mut second };
        let path = format!("/api/v1/visit-feedback/{guess}");
        statuses.push(server.api("POST", &path, None, Some(json!({"score": 5}))).await.status);
    }
    assert!(statuses[..limit].iter().all(|s| *s == StatusCode::NOT_FOUND), "{statuses:?}");
    assert!(statuses[limit..].iter().all(|s| *s == StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
}
