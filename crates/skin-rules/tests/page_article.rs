//! The quiz on a source article: that article's tips come first among equals, and nothing else changes.

// The calm visitor; the week-plan helper is for the engine and persona tests.
#[allow(dead_code)]
mod common;

use skin_rules::{articles, evaluate, evaluate_on, questionnaire, Answers, Outcome};

/// The calm visitor ([`common::CALM`]), then each other choice of each question on top of it: about sixty visitors
/// with different ties between tips.
fn visitors() -> Vec<Answers> {
    questionnaire()
        .iter()
        .flat_map(|question| {
            question
                .choices
                .iter()
                .map(|choice| common::answers(&[(question.id, choice.id)]))
        })
        .collect()
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
