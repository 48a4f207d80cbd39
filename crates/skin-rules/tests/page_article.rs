//! The quiz on a source article: that article's tips come first among equals, and nothing else changes.

use skin_rules::{articles, evaluate, evaluate_on, questionnaire, Answers, Outcome};

/// A calm complete answer set, then each other choice of each question on top of it: about sixty visitors with
/// different ties between tips.
fn visitors() -> Vec<Answers> {
    let calm = [
        ("skin_feel", "comfortable"),
        ("sensitivity", "resilient"),
        ("breakouts", "rarely"),
        ("makeup", "none"),
        ("routine_time", "moderate"),
        ("water", "some"),
        ("travel", "rarely"),
        ("stress", "calm"),
        ("allergies", "none"),
        ("health", "none"),
    ];
    let mut all = Vec::new();
    for question in questionnaire() {
        for choice in question.choices {
            let mut answers = Answers::default();
            for (q, c) in calm.iter().filter(|(q, _)| *q != question.id) {
                answers.pick_by_id(q, c).unwrap();
            }
            answers.pick_by_id(question.id, choice.id).unwrap();
            all.push(answers);
        }
    }
    all
}

fn ids(outcome: &Outcome) -> Vec<&'static str> {
    outcome.tips.iter().map(|t| t.tip.id).collect()
}

#[test]
fn no_article_is_the_plain_outcome() {
    for answers in visitors() {
        assert_eq!(evaluate_on(&answers, None), evaluate(&answers));
    }
}

#[test]
fn the_pages_article_leads_each_tie_and_nothing_else_moves() {
    let mut promoted = 0;
    for answers in visitors() {
        let plain = evaluate(&answers);
        for article in 0..articles().len() {
            let on = evaluate_on(&answers, Some(article));
            // The same tips, scores in the same order: a better fit is never overtaken, nothing unsafe appears.
            let scores = |o: &Outcome| o.tips.iter().map(|t| t.score).collect::<Vec<_>>();
            assert_eq!(scores(&on), scores(&plain));
            let sorted = |o: &Outcome| {
                let mut v = ids(o);
                v.sort_unstable();
                v
            };
            assert_eq!(sorted(&on), sorted(&plain));
            assert_eq!(on.highlighted, plain.highlighted);
            assert_eq!(on.cautions, plain.cautions);
            // Within one score: the article's tips, then the others, each in the plain (content) order.
            for score in scores(&plain) {
                let group = |o: &Outcome, ours: bool| {
                    o.tips
                        .iter()
                        .filter(|t| t.score == score && (t.tip.source == article) == ours)
                        .map(|t| t.tip.id)
                        .collect::<Vec<_>>()
                };
                let expected = [group(&plain, true), group(&plain, false)].concat();
                let actual: Vec<_> = on
                    .tips
                    .iter()
                    .filter(|t| t.score == score)
                    .map(|t| t.tip.id)
                    .collect();
                assert_eq!(actual, expected, "score {score}, article {article}");
            }
            promoted += usize::from(ids(&on) != ids(&plain));
        }
    }
    // The visitors include real ties across articles, so the rule is exercised, not vacuous.
    assert!(promoted > 10, "only {promoted} outcomes reordered");
}
