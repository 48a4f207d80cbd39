//! The skin quiz's vocabularies, each declared once with its meaning and the id content files use for it.
//!
//! Invariant: std only (serde behind a feature), so both the content loader (`skin-content`, at build time) and
//! the pure rules crate (`skin-rules`, in the wasm) use these very types: a variant added here is known everywhere
//! at once, and a place that must handle every variant (a `match`, a per-tag table, Hugo's product check, which
//! `cargo xtask dist` writes from [`RoutineStep::ALL`]) cannot miss it. Declaration order is meaningful: it is the
//! order of `ALL`, of `index()` and of the derived `Ord` (a routine sorts by [`RoutineStep`]).
//!
//! Adding a tag, a routine step or a language is one line here, then its row in the content (`tags.toml`,
//! `strings.toml`). Beside the vocabularies stand the shapes built of them that both crates share: [`Condition`],
//! [`Placement`], and the safety properties every tip declares, [`Safety`]; and the two small rules both sides
//! need: the spelling of ingredient names ([`ingredient_name`]) and day numbers as dates ([`calendar`]).

/// Declares a vocabulary: the enum with a doc line per variant, `ALL` in declaration order, `index()` into it, the
/// content id of each variant and its inverse.
macro_rules! vocabulary {
    (
        $(#[$doc:meta])*
        $name:ident { $($(#[$variant_doc:meta])* $variant:ident = $id:literal,)+ }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$variant_doc])* $variant,)+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($id),+].len()] = [$($name::$variant),+];

            /// The position in `ALL`, which indexes per-variant tables.
            pub fn index(self) -> usize {
                self as usize
            }

            /// The id used in content files, share tools and the CLI.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            /// The variant with this content id.
            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|variant| variant.id() == id)
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }
    };
}

/// Declares the languages: the enum, `ALL` in declaration order (the first is the default), `index()`, the BCP 47
/// tag, the language's name in itself and the script its words are written in.
macro_rules! languages {
    ($($(#[$doc:meta])* $variant:ident = $tag:literal $name:literal $script:literal,)+) => {
        /// The languages every string of the content exists in; every per-language table is sized by [`Lang::ALL`].
        /// Adding one is a line here, its text in the content (the build names every missing entry) and its font
        /// stack in the widget's `assets/css/base.css`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Lang {
            $($(#[$doc])* $variant,)+
        }

        impl Lang {
            /// Every language, in the order the language switch lists them.
            pub const ALL: [Lang; [$($tag),+].len()] = [$(Lang::$variant),+];

            /// The position in `ALL`, which indexes per-language tables.
            pub fn index(self) -> usize {
                self as usize
            }

            /// The BCP 47 tag, as used in `lang` attributes, content files and file names.
            pub fn tag(self) -> &'static str {
                match self {
                    $(Lang::$variant => $tag,)+
                }
            }

            /// The language's name in itself, as the language switch shows it (so it needs no text table).
            pub fn name(self) -> &'static str {
                match self {
                    $(Lang::$variant => $name,)+
                }
            }

            /// The Unicode script its words are written in, by its name in regular expressions (`\p{Hangul}`): how
            /// the Hugo shortcode tells an article's language from its text (`src/bin/facade.rs` writes it into the
            /// theme's data).
            pub fn script(self) -> &'static str {
                match self {
                    $(Lang::$variant => $script,)+
                }
            }
        }
    };
}

languages! {
    /// English, the default.
    En = "en" "English" "Latin",
    /// Korean.
    Ko = "ko" "한국어" "Hangul",
}

impl Default for Lang {
    fn default() -> Lang {
        Lang::ALL[0]
    }
}

impl Lang {
    /// Reads a language tag such as `ko`, `ko-KR` or `EN-gb`; `None` for languages we do not have.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim();
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.tag()))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

/// One value per language, indexed by [`Lang`]: a text in every language, its words, its file.
pub type PerLang<T> = [T; Lang::ALL.len()];

vocabulary! {
    /// The named dimensions of a skin profile, each scored 0–100.
    Axis {
        /// Shine and excess sebum.
        Oiliness = "oiliness",
        /// Tightness, flaking, thirst.
        Dryness = "dryness",
        /// Stinging, flushing, reactivity.
        Sensitivity = "sensitivity",
        /// How prone to blemishes.
        Breakouts = "breakouts",
        /// Concern for fine lines and lost firmness.
        Firmness = "firmness",
        /// Puffiness, dullness and tension: what circulation-boosting habits help with.
        Circulation = "circulation",
    }
}

vocabulary! {
    /// A routine step, declared in Korean layering order: sorting by it orders a routine.
    RoutineStep {
        /// Before cleansing: steam, evening only.
        BeforeCleanse = "before_cleanse",
        /// First cleanse: an oil or micellar cleanser that lifts makeup and sunscreen; evening only, so the morning
        /// has one cleanse.
        OilCleanse = "oil_cleanse",
        /// Second cleanse, with a water-based cleanser.
        WaterCleanse = "water_cleanse",
        /// Exfoliation.
        Exfoliate = "exfoliate",
        /// A mask that is rinsed off: before toner, so what follows goes on clean skin.
        WashOffMask = "wash_off_mask",
        /// A rinse after cleansing (and after a wash-off mask), before toner: what follows goes on rinsed skin.
        Rinse = "rinse",
        /// Toner.
        Toner = "toner",
        /// Essence and serum.
        Essence = "essence",
        /// Sheet mask, on toned skin.
        Mask = "mask",
        /// Eye care.
        Eye = "eye",
        /// Moisturiser.
        Moisturiser = "moisturiser",
        /// Sunscreen: morning only.
        Sunscreen = "sunscreen",
        /// Sleeping mask: night only, the last step.
        SleepingMask = "sleeping_mask",
    }
}

impl RoutineStep {
    /// The one time of day the step belongs to, if it has one: sunscreen in the morning; steam, the oil cleanse and
    /// the sleeping mask at night.
    pub fn only_time(self) -> Option<Time> {
        match self {
            RoutineStep::Sunscreen => Some(Time::Am),
            RoutineStep::BeforeCleanse | RoutineStep::OilCleanse | RoutineStep::SleepingMask => {
                Some(Time::Pm)
            }
            _ => None,
        }
    }

    /// Whether the step is a cleansing pass: the morning has at most one, the evening at most two.
    pub fn is_cleanse(self) -> bool {
        matches!(self, RoutineStep::OilCleanse | RoutineStep::WaterCleanse)
    }

    /// What shops and blog owners call a product of this step when it is not the step's id: Hugo's product check
    /// answers `step = "serum"` with "did you mean essence?" (`cargo xtask dist` writes these into the theme's
    /// vocabulary). Each word belongs to one step and is no step's id.
    pub fn also_called(self) -> &'static [&'static str] {
        match self {
            RoutineStep::BeforeCleanse => &["steam", "steamer"],
            RoutineStep::OilCleanse => {
                &["cleansing_oil", "oil", "cleansing_balm", "balm", "micellar"]
            }
            RoutineStep::WaterCleanse => &[
                "cleanser",
                "foam",
                "foam_cleanser",
                "gel_cleanser",
                "face_wash",
            ],
            RoutineStep::Exfoliate => &["exfoliant", "exfoliator", "peel", "peeling", "scrub"],
            RoutineStep::WashOffMask => &["clay_mask", "mud_mask", "rinse_off_mask"],
            RoutineStep::Rinse => &[],
            RoutineStep::Toner => &["mist", "toner_pad", "pad", "skin"],
            RoutineStep::Essence => &["serum", "ampoule", "ampule"],
            RoutineStep::Mask => &["sheet_mask", "sheet"],
            RoutineStep::Eye => &["eye_cream", "eye_serum"],
            RoutineStep::Moisturiser => {
                &["moisturizer", "cream", "lotion", "emulsion", "gel_cream"]
            }
            RoutineStep::Sunscreen => &["spf", "sunblock", "sun_cream", "suncream"],
            RoutineStep::SleepingMask => &["overnight_mask", "night_mask", "sleeping_pack"],
        }
    }
}

vocabulary! {
    /// When in the day a routine item belongs.
    Time {
        /// Morning.
        Am = "am",
        /// Evening.
        Pm = "pm",
        /// Morning and evening.
        Both = "both",
    }
}

impl Time {
    /// Whether something at this time happens at `other`: `Both` includes `Am` and `Pm`.
    pub fn includes(self, other: Time) -> bool {
        self == Time::Both || self == other
    }
}

vocabulary! {
    /// How serious a caution is, least serious first.
    Severity {
        /// Good to know.
        Info = "info",
        /// Something to be careful about.
        Warning = "warning",
        /// A red flag: the outcome advises seeing a dermatologist.
        SeeDermatologist = "see_dermatologist",
    }
}

vocabulary! {
    /// What a tip or product involves that matters for safety. Who must never see a tagged tip is data (the tag
    /// table, `tags.toml`), which tagged tips inherit; a caution that says "we have left out ..." names tags, and
    /// the build checks that the rules really do.
    Tag {
        /// Steam, a warm compress or warmed hands on the face: can set off flushing and darken pigmentation.
        Heat = "heat",
        /// Rubs the skin to exfoliate (washcloth, scrub): irritates broken, shaved, treated or inflamed skin.
        Friction = "friction",
        /// Kneading, knuckles or pressure points: too much for redness, rosacea and inflamed spots.
        FirmMassage = "firm_massage",
        /// Massage or stroking of the face, however light: can set off flushing, and presses on a face that just
        /// reacted or is healing from a procedure.
        Massage = "massage",
        /// A preparation made at home from food (rice water, egg, honey, milk, tea): not on a face that just reacted,
        /// on healing skin or on eczema.
        HomeMade = "home_made",
        /// A vitamin C serum: an active that can sting; nothing new after a reaction or a procedure.
        VitaminC = "vitamin_c",
        /// Suggests a product the reader may not use yet (a toner, a mask, a serum): nothing new on a face that just
        /// reacted or is healing from a procedure.
        NewProduct = "new_product",
        /// Uses an essential oil (tea tree, lavender, ...): a fragrance allergen, and not advised in pregnancy.
        EssentialOil = "essential_oil",
        /// Uses egg.
        Egg = "egg",
        /// Uses honey.
        Honey = "honey",
        /// Uses milk.
        Dairy = "dairy",
        /// Suggests ginseng: not advised in pregnancy.
        Ginseng = "ginseng",
        /// Added fragrance or perfume (products): a common allergen and irritant.
        Fragrance = "fragrance",
        /// A retinoid (retinol, retinal; products): not in pregnancy, not on top of another retinoid treatment.
        Retinoid = "retinoid",
        /// An exfoliating acid (AHA, BHA, PHA; products): too much on treated, eczema-prone or reactive skin.
        Acid = "acid",
        /// Benzoyl peroxide (products): dries and bleaches; too much on treated, eczema-prone or reactive skin.
        BenzoylPeroxide = "benzoyl_peroxide",
        /// Hydroquinone (products): a prescription skin lightener, not in pregnancy, not for children.
        Hydroquinone = "hydroquinone",
        /// Denatured alcohol high in a product's list: drying and stinging on reactive, eczema or rosacea skin.
        DryingAlcohol = "drying_alcohol",
        /// Menthol, camphor and other cooling agents (products): they sting and flush reactive and rosacea skin.
        Cooling = "cooling",
        /// A topical steroid (products): a medicine, not a cosmetic; on the face it can bring on rosacea and a rash
        /// around the mouth.
        Steroid = "steroid",
        /// Mercury and its compounds (products): banned in skin creams, sold in unlicensed lightening creams.
        Mercury = "mercury",
    }
}

pub mod calendar;
pub mod ingredient_name;

vocabulary! {
    /// How a tip touches the face: one of a tip's safety properties ([`Safety`]).
    Touch {
        /// Nothing touches the face (a drink, a habit, an exercise without the hands).
        None = "none",
        /// Fingertips apply or pat something on, or a pad rests on the skin: no stroking, no pressure.
        Light = "light",
        /// Massage or strokes, however light: the `massage` tag.
        Massage = "massage",
        /// Kneading, knuckles or pressure points: the `massage` and `firm_massage` tags.
        Firm = "firm",
    }
}

vocabulary! {
    /// The active ingredient a tip carries onto the skin, if any: one of a tip's safety properties ([`Safety`]).
    Active {
        /// No active ingredient.
        None = "none",
        /// Vitamin C (ascorbic acid): the `vitamin_c` tag.
        VitaminC = "vitamin_c",
        /// A retinoid: the `retinoid` tag.
        Retinoid = "retinoid",
        /// An exfoliating acid: the `acid` tag.
        Acid = "acid",
    }
}

/// What a tip does to the face that safety rules care about, every property declared by every tip (the build refuses
/// a tip that leaves one out). The tags a property stands for ([`Safety::tags`]) must be exactly the tip's tags of
/// that kind, so a tag cannot be forgotten and a "left out" promise made through tags holds for the properties too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Safety {
    /// How the face is touched.
    pub touch: Touch,
    /// Steam, hot water, a warm compress or warmed palms: the `heat` tag.
    pub heat: bool,
    /// Rubbing to exfoliate: the `friction` tag.
    pub friction: bool,
    /// A product the reader may not use yet: the `new_product` tag.
    pub new_product: bool,
    /// Made at home from food: the `home_made` tag (an egg, honey or milk tip is home-made too).
    pub home_made: bool,
    /// The active ingredient it carries.
    pub active: Active,
    /// Left on to seal the skin (a sleeping mask, layers of cream under a seal): traps heat and moisture.
    pub occlusive: bool,
    /// The time it takes on a day it is done, in seconds (content files write minutes, halves allowed): what the
    /// reader's time budget counts.
    pub seconds: u16,
}

impl Safety {
    /// The property names, in declaration order, as content files write them.
    pub const NAMES: [&'static str; 8] = [
        "touch",
        "heat",
        "friction",
        "new_product",
        "home_made",
        "active",
        "occlusive",
        "minutes",
    ];

    /// The tags that stand for a property: each must be on a tip exactly when its property says so.
    pub const PROPERTY_TAGS: [Tag; 9] = [
        Tag::Heat,
        Tag::Friction,
        Tag::Massage,
        Tag::FirmMassage,
        Tag::NewProduct,
        Tag::HomeMade,
        Tag::VitaminC,
        Tag::Retinoid,
        Tag::Acid,
    ];

    /// The tags of [`Safety::PROPERTY_TAGS`] these properties stand for.
    pub fn tags(&self) -> Vec<Tag> {
        let active = match self.active {
            Active::None => None,
            Active::VitaminC => Some(Tag::VitaminC),
            Active::Retinoid => Some(Tag::Retinoid),
            Active::Acid => Some(Tag::Acid),
        };
        [
            (self.heat, Tag::Heat),
            (self.friction, Tag::Friction),
            (
                matches!(self.touch, Touch::Massage | Touch::Firm),
                Tag::Massage,
            ),
            (self.touch == Touch::Firm, Tag::FirmMassage),
            (self.new_product, Tag::NewProduct),
            (self.home_made, Tag::HomeMade),
        ]
        .into_iter()
        .filter_map(|(holds, tag)| holds.then_some(tag))
        .chain(active)
        .collect()
    }

    /// The properties of a tip that does nothing to the face and takes no time.
    pub const CALM: Safety = Safety {
        touch: Touch::None,
        heat: false,
        friction: false,
        new_product: false,
        home_made: false,
        active: Active::None,
        occlusive: false,
        seconds: 0,
    };
}

/// A test on a visitor's answers or profile: the one condition type of triggers, contraindications and cautions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// The visitor picked this choice.
    Picked {
        /// Index of the question in the questionnaire.
        question: usize,
        /// Index into the question's choices.
        choice: usize,
    },
    /// The axis scored at least `min` (0–100).
    AxisAtLeast {
        /// The axis.
        axis: Axis,
        /// The lowest score that satisfies the condition.
        min: u8,
    },
}

/// Where a tip sits in the daily routine. `T` is the text of its frequency: the loader's while the content is checked,
/// the compiled-in text in the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement<T> {
    /// The step it fills, or the step it is a note on.
    pub step: RoutineStep,
    /// The last step it fills when it covers several: a double cleanse is the first and the second cleanse.
    pub through: Option<RoutineStep>,
    /// Morning, evening or both.
    pub time: Time,
    /// A technique (patting, warm palms, T-zone first): shown as a note on the step's item, never as the step.
    pub note: bool,
    /// How often, when not daily ("twice a week"); only evening items are occasional.
    pub frequency: Option<T>,
    /// For an occasional item: how many evenings of the week plan it takes (0: as needed, not planned).
    pub evenings: u8,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_read_back() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            id: fn(T) -> &'static str,
            from: fn(&str) -> Option<T>,
        ) {
            for (index, &variant) in all.iter().enumerate() {
                assert_eq!(from(id(variant)), Some(variant));
                assert!(
                    all[..index].iter().all(|&other| id(other) != id(variant)),
                    "{variant:?}"
                );
            }
            assert_eq!(from("no such id"), None);
        }
        check(&Axis::ALL, Axis::id, Axis::from_id);
        check(&RoutineStep::ALL, RoutineStep::id, RoutineStep::from_id);
        check(&Time::ALL, Time::id, Time::from_id);
        check(&Severity::ALL, Severity::id, Severity::from_id);
        check(&Tag::ALL, Tag::id, Tag::from_id);
        check(&Touch::ALL, Touch::id, Touch::from_id);
        check(&Active::ALL, Active::id, Active::from_id);
    }

    #[test]
    fn a_word_for_a_step_belongs_to_one_step_and_is_no_steps_id() {
        let words: Vec<&str> = RoutineStep::ALL
            .into_iter()
            .flat_map(RoutineStep::also_called)
            .copied()
            .collect();
        for (index, word) in words.iter().enumerate() {
            assert_eq!(RoutineStep::from_id(word), None, "{word} is a step's id");
            assert!(
                !words[..index].contains(word),
                "{word} belongs to two steps"
            );
        }
        assert!(RoutineStep::Essence.also_called().contains(&"serum"));
    }

    #[test]
    fn index_is_the_position_in_all_and_order_follows_it() {
        for (index, step) in RoutineStep::ALL.into_iter().enumerate() {
            assert_eq!(step.index(), index);
        }
        assert!(RoutineStep::ALL.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(Severity::Info < Severity::SeeDermatologist);
    }

    #[test]
    fn both_includes_each_time_and_itself_only() {
        assert!(Time::Both.includes(Time::Am) && Time::Both.includes(Time::Pm));
        assert!(
            Time::Am.includes(Time::Am)
                && !Time::Am.includes(Time::Pm)
                && !Time::Pm.includes(Time::Both)
        );
    }
}
