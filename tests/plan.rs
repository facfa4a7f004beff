//! The implementation plan (issue #15): SDGs on recommendations, actions, indicators and
//! their progress, through the command line exactly as later checks call it, and through the
//! store. Bad input gets a message in plain words and changes nothing.

#[path = "support/cli.rs"]
mod support_cli;

use serde_json::Value;
use support_cli::{cli, json, refused};

const CSV: &str = "Paragraph,Recommendation,SDGs\n\
140.1,Adopt a national housing strategy,\"1 - NO POVERTY; 11 - SUSTAINABLE CITIES AND COMMUNITIES\"\n\
140.2,Build the capacity of local police,16 - PEACE JUSTICE AND STRONG INSTITUTIONS\n\
140.3,Ratify ILO Convention No. 189,\n";

/// A database with three recommendations of A/HRC/59/15 (ids 1 to 3).
fn db_with_recommendations() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let csv = dir.path().join("r.csv");
    std::fs::write(&csv, CSV).unwrap();
    cli(&db)
        .args(["recommendations", "import-csv"])
        .arg(&csv)
        .args(["--symbol", "A/HRC/59/15", "--map", "sdgs=SDGs"])
        .assert()
        .success();
    (dir, db)
}

fn id_of(list: &Value, paragraph: &str) -> i64 {
    list.as_array()
        .unwrap()
        .iter()
        .find(|r| r["paragraph"] == paragraph)
        .unwrap()["id"]
        .as_i64()
        .unwrap()
}

#[test]
fn recommendations_carry_sdg_goals_and_the_targets_the_city_links() {
    let (_dir, db) = db_with_recommendations();
    let list = json(&db, &["recommendations", "list", "--json"]);
    let r1 = id_of(&list, "140.1");
    let first = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == r1)
        .unwrap();
    assert_eq!(first["sdg_goals"], serde_json::json!([1, 11]));
    assert_eq!(first["sdg_targets"], serde_json::json!([]));
    assert!(
        first["text"].is_string(),
        "the fields it had are still there"
    );

    let linked = json(
        &db,
        &[
            "sdgs",
            "link",
            "--recommendation",
            &r1.to_string(),
            "--target",
            "11.1",
            "--target",
            "1.3",
            "--json",
        ],
    );
    assert_eq!(linked["sdg_targets"], serde_json::json!(["11.1", "1.3"]));
    let msg = refused(
        &db,
        &[
            "sdgs",
            "link",
            "--recommendation",
            &r1.to_string(),
            "--target",
            "11.99",
        ],
    );
    assert!(msg.contains("There is no SDG target \"11.99\""), "{msg}");
    let list = json(&db, &["recommendations", "list", "--json"]);
    let first = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == r1)
        .unwrap();
    let mut targets: Vec<&str> = first["sdg_targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    targets.sort_unstable();
    assert_eq!(targets, ["1.3", "11.1"], "the bad target changed nothing");

    let goals = json(&db, &["sdgs", "goals", "--json"]);
    assert_eq!(goals["goals"].as_array().unwrap().len(), 17);
    assert_eq!(
        goals["goals"][10]["short"]["fr"],
        "Villes et communautés durables"
    );
    assert!(goals["source"]
        .as_str()
        .unwrap()
        .contains("open-sdg/sdg-translations"));
}

#[test]
fn an_action_addresses_recommendations_and_is_listed_and_updated() {
    let (_dir, db) = db_with_recommendations();
    let list = json(&db, &["recommendations", "list", "--json"]);
    let (r1, r2) = (
        id_of(&list, "140.1").to_string(),
        id_of(&list, "140.2").to_string(),
    );
    let added = json(
        &db,
        &[
            "actions",
            "add",
            "--title",
            "Open 200 social housing units",
            "--recommendation",
            &r1,
            "--recommendation",
            &r2,
            "--department",
            "Housing",
            "--partner",
            "Tenants' Union",
            "--partner",
            "Roma Council",
            "--start",
            "2026-01-01",
            "--due",
            "2027-06-30",
            "--sdg-target",
            "11.1",
            "--json",
        ],
    );
    let id = added["id"].as_i64().unwrap();

    let actions = json(&db, &["actions", "list", "--json"]);
    let a = &actions[0];
    assert_eq!(a["id"], id);
    assert_eq!(a["title"], "Open 200 social housing units");
    assert_eq!(a["department"], "Housing");
    assert_eq!(a["status"], "planned");
    assert_eq!(a["start"], "2026-01-01");
    assert_eq!(a["due"], "2027-06-30");
    let mut recs: Vec<String> = a["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.to_string())
        .collect();
    recs.sort();
    let mut want = vec![r1.clone(), r2.clone()];
    want.sort();
    assert_eq!(recs, want);
    assert_eq!(a["sdg_targets"], serde_json::json!(["11.1"]));
    assert_eq!(a["indicators"], serde_json::json!([]));
    assert_eq!(
        a["partners"],
        serde_json::json!(["Tenants' Union", "Roma Council"])
    );

    let r3 = id_of(&list, "140.3").to_string();
    assert_eq!(
        json(&db, &["actions", "list", "--recommendation", &r2, "--json"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        json(&db, &["actions", "list", "--recommendation", &r3, "--json"])
            .as_array()
            .unwrap()
            .len(),
        0
    );

    let updated = json(
        &db,
        &[
            "actions",
            "update",
            &id.to_string(),
            "--status",
            "in_progress",
            "--due",
            "2027-12-31",
            "--json",
        ],
    );
    assert_eq!(updated["status"], "in_progress");
    assert_eq!(updated["due"], "2027-12-31");
    assert_eq!(updated["title"], "Open 200 social housing units");

    // Bad input: a clear message, nothing changed.
    let msg = refused(
        &db,
        &["actions", "add", "--title", "Nothing addressed", "--json"],
    );
    assert!(msg.contains("at least one recommendation"), "{msg}");
    let msg = refused(
        &db,
        &[
            "actions",
            "add",
            "--title",
            "Backwards",
            "--recommendation",
            &r1,
            "--start",
            "2027-01-01",
            "--due",
            "2026-01-01",
        ],
    );
    assert!(msg.contains("is before the start"), "{msg}");
    let msg = refused(
        &db,
        &[
            "actions",
            "add",
            "--title",
            "Ghost",
            "--recommendation",
            "999",
        ],
    );
    assert!(msg.contains("There is no recommendation 999"), "{msg}");
    let msg = refused(
        &db,
        &["actions", "update", &id.to_string(), "--due", "2025-01-01"],
    );
    assert!(msg.contains("is before the start"), "{msg}");
    let msg = refused(
        &db,
        &["actions", "update", &id.to_string(), "--status", "finished"],
    );
    assert!(
        msg.contains("planned, in_progress, done, delayed, dropped"),
        "{msg}"
    );
    let actions = json(&db, &["actions", "list", "--json"]);
    assert_eq!(actions.as_array().unwrap().len(), 1);
    assert_eq!(actions[0]["due"], "2027-12-31");
    assert_eq!(actions[0]["status"], "in_progress");
}

#[test]
fn indicators_measure_progress_towards_their_target() {
    let (_dir, db) = db_with_recommendations();
    let list = json(&db, &["recommendations", "list", "--json"]);
    let r1 = id_of(&list, "140.1").to_string();
    let action = json(
        &db,
        &[
            "actions",
            "add",
            "--title",
            "Housing",
            "--recommendation",
            &r1,
            "--json",
        ],
    )["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let ind = json(
        &db,
        &[
            "indicators",
            "add",
            "--action",
            &action,
            "--name",
            "Social housing units opened",
            "--unit",
            "units",
            "--baseline",
            "0",
            "--baseline-date",
            "2026-01-01",
            "--target",
            "200",
            "--target-date",
            "2027-06-30",
            "--json",
        ],
    )["id"]
        .as_i64()
        .unwrap()
        .to_string();
    // A rate that should fall, directly under a recommendation.
    let direct = json(
        &db,
        &[
            "indicators",
            "add",
            "--recommendation",
            &r1,
            "--name",
            "Evictions per year",
            "--unit",
            "evictions",
            "--baseline",
            "40",
            "--baseline-date",
            "2025-12-31",
            "--target",
            "20",
            "--target-date",
            "2028-12-31",
            "--json",
        ],
    )["id"]
        .as_i64()
        .unwrap()
        .to_string();

    let listed = json(&db, &["indicators", "list", "--action", &action, "--json"]);
    let i = &listed[0];
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(i["name"], "Social housing units opened");
    assert_eq!(i["unit"], "units");
    assert_eq!(
        i["baseline"],
        serde_json::json!({"value": 0.0, "date": "2026-01-01"})
    );
    assert_eq!(
        i["target"],
        serde_json::json!({"value": 200.0, "date": "2027-06-30"})
    );
    assert!(i["latest"].is_null());
    assert!(i["progress"].is_null(), "no measurement: no progress");
    assert_eq!(i["measurements"], serde_json::json!([]));

    json(
        &db,
        &[
            "indicators",
            "measure",
            "--indicator",
            &ind,
            "--value",
            "150",
            "--date",
            "2027-01-15",
            "--source",
            "Housing register",
            "--json",
        ],
    );
    let m = json(
        &db,
        &[
            "indicators",
            "measure",
            "--indicator",
            &ind,
            "--value",
            "50",
            "--date",
            "2026-06-30",
            "--source",
            "Housing register",
            "--json",
        ],
    );
    assert_eq!(
        m["latest"]["value"], 150.0,
        "the latest by date, not by entry"
    );
    assert_eq!(m["latest"]["date"], "2027-01-15");
    assert_eq!(m["progress"], 0.75);
    assert_eq!(m["measurements"].as_array().unwrap().len(), 2);
    json(
        &db,
        &[
            "indicators",
            "measure",
            "--indicator",
            &direct,
            "--value",
            "35",
            "--date",
            "2026-12-31",
            "--source",
            "Court records",
            "--json",
        ],
    );
    let all = json(&db, &["indicators", "list", "--json"]);
    assert_eq!(all.as_array().unwrap().len(), 2);
    let d = all
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"].as_i64() == direct.parse().ok())
        .unwrap();
    assert_eq!(d["progress"], 0.25);
    let actions = json(&db, &["actions", "list", "--json"]);
    assert_eq!(
        actions[0]["indicators"],
        serde_json::json!([ind.parse::<i64>().unwrap()])
    );

    // Bad input: a clear message, nothing changed.
    let msg = refused(
        &db,
        &[
            "indicators",
            "measure",
            "--indicator",
            &ind,
            "--value",
            "many",
            "--date",
            "2027-02-01",
            "--source",
            "x",
        ],
    );
    assert!(msg.contains("\"many\" is not a number"), "{msg}");
    let msg = refused(
        &db,
        &[
            "indicators",
            "measure",
            "--indicator",
            &ind,
            "--value",
            "1",
            "--date",
            "2027-02-30",
            "--source",
            "x",
        ],
    );
    assert!(msg.contains("is not a valid date"), "{msg}");
    let msg = refused(
        &db,
        &[
            "indicators",
            "add",
            "--action",
            &action,
            "--name",
            "No date",
            "--baseline",
            "0",
            "--baseline-date",
            "2026-01-01",
            "--target",
            "5",
        ],
    );
    assert!(
        msg.contains("date by which the target should be reached"),
        "{msg}"
    );
    let msg = refused(
        &db,
        &[
            "indicators",
            "add",
            "--action",
            "999",
            "--name",
            "X",
            "--baseline",
            "0",
            "--baseline-date",
            "2026-01-01",
            "--target",
            "5",
            "--target-date",
            "2027-01-01",
        ],
    );
    assert!(msg.contains("Action 999 does not exist"), "{msg}");
    let after = json(&db, &["indicators", "list", "--action", &action, "--json"]);
    assert_eq!(after[0]["measurements"].as_array().unwrap().len(), 2);
    assert_eq!(
        json(&db, &["indicators", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn engagements_add_with_its_session() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let e = json(
        &db,
        &[
            "engagements",
            "add",
            "--mechanism",
            "UPR",
            "--title",
            "UPR of Exampleland, 4th cycle",
            "--state",
            "Exampleland",
            "--session-start",
            "2027-05-03",
            "--json",
        ],
    );
    let id = e["id"].as_i64().unwrap();
    let list = json(&db, &["engagements", "list", "--json"]);
    assert_eq!(list[0]["id"], id);
    assert_eq!(list[0]["mechanism"], "UPR");
    let msg = refused(
        &db,
        &[
            "engagements",
            "add",
            "--mechanism",
            "XYZ",
            "--title",
            "T",
            "--state",
            "S",
            "--json",
        ],
    );
    assert!(!msg.is_empty());
    let msg = refused(
        &db,
        &[
            "engagements",
            "add",
            "--mechanism",
            "UPR",
            "--title",
            "T",
            "--state",
            "S",
            "--session-start",
            "2027-13-01",
        ],
    );
    assert!(msg.contains("is not a valid date"), "{msg}");
    assert_eq!(
        json(&db, &["engagements", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        1,
        "nothing added"
    );
}

#[test]
fn deleting_an_action_takes_its_indicators_with_it() {
    let (_dir, db) = db_with_recommendations();
    let list = json(&db, &["recommendations", "list", "--json"]);
    let r1 = id_of(&list, "140.1").to_string();
    let (a, _) = action_with_indicator(&db, &r1, "A");
    json(&db, &["actions", "delete", &a, "--json"]);
    assert_eq!(
        json(&db, &["actions", "list", "--json"]),
        serde_json::json!([])
    );
    assert_eq!(
        json(&db, &["indicators", "list", "--json"]),
        serde_json::json!([])
    );
}

/// An indicator's id is never given again after it is deleted: a chart in a submission names
/// its indicator by id, and would otherwise draw the next indicator made instead of saying its
/// own was deleted.
#[test]
fn a_deleted_indicators_id_is_never_given_again() {
    let (_dir, db) = db_with_recommendations();
    let list = json(&db, &["recommendations", "list", "--json"]);
    let r1 = id_of(&list, "140.1").to_string();
    let (first_action, first) = action_with_indicator(&db, &r1, "Homes built");
    // Deleting the action deletes its indicator: the table is empty again.
    json(&db, &["actions", "delete", &first_action, "--json"]);
    assert_eq!(
        json(&db, &["indicators", "list", "--json"]),
        serde_json::json!([])
    );
    let (_, second) = action_with_indicator(&db, &r1, "Evictions prevented");
    assert!(
        second > first,
        "the new indicator took the deleted one's id {first}: {second}"
    );
}

/// A new action for `recommendation` with one indicator, both named `title`: the action's id
/// (as the CLI takes it) and the indicator's.
fn action_with_indicator(db: &std::path::Path, recommendation: &str, title: &str) -> (String, i64) {
    let action = json(
        db,
        &[
            "actions",
            "add",
            "--title",
            title,
            "--recommendation",
            recommendation,
            "--json",
        ],
    )["id"]
        .to_string();
    let indicator = json(
        db,
        &[
            "indicators",
            "add",
            "--action",
            &action,
            "--name",
            title,
            "--baseline",
            "1",
            "--baseline-date",
            "2026-01-01",
            "--target",
            "2",
            "--target-date",
            "2027-01-01",
            "--json",
        ],
    )["id"]
        .as_i64()
        .expect("the indicator's id");
    (action, indicator)
}
