//! Unit tests of the extractors on sentences of our own, and bad input.

use super::*;

fn names(f: &Facts) -> Vec<&str> {
    f.people.iter().map(|p| p.name.as_str()).collect()
}

fn speaker(q: &Quote) -> Option<&str> {
    q.speaker
        .as_ref()
        .and_then(|s| s.name.as_deref().or(s.title.as_deref()))
}

#[test]
fn person_with_title_and_later_surname() {
    let f = extract(
        "التقى وزير الخارجية المصري سامح شكري نظيره. وقال شكري إن المحادثات كانت مثمرة جدا.",
    );
    assert_eq!(names(&f), ["سامح شكري"]);
    let p = &f.people[0];
    assert_eq!(p.titles, ["وزير الخارجية المصري"]);
    assert_eq!(p.mentions.len(), 2);
    assert_eq!(p.mentions[1].text, "شكري");
}

#[test]
fn honorifics_are_dropped_and_clitics_split() {
    let f = extract("استقبل سمو الأمير فيصل بن فرحان السيد أحمد الخطيب. وأشاد بالخطيب.");
    let n = names(&f);
    assert!(n.contains(&"فيصل بن فرحان"), "{n:?}");
    assert!(n.contains(&"أحمد الخطيب"), "{n:?}");
    let khatib = f.people.iter().find(|p| p.name == "أحمد الخطيب");
    assert_eq!(khatib.map(|p| p.mentions.len()), Some(2));
}

#[test]
fn preposition_ala_is_not_the_name_ali() {
    let f = extract("وحرص الجانبان على تعزيز التعاون على كل المستويات.");
    assert!(f.people.is_empty(), "{:?}", names(&f));
}

#[test]
fn ordinary_words_after_a_title_are_not_names() {
    let f =
        extract("وصافح أمير البلاد أعضاء الوفد، ثم استقبل الوزير عدد من السفراء بهدف دعم الحوار.");
    assert!(f.people.is_empty(), "{:?}", names(&f));
}

#[test]
fn preposition_amam_is_not_the_title_imam() {
    let f = extract("وأقيم الحفل أمام قصر الضيافة رحب فيه الجميع بالضيوف.");
    assert!(f.people.is_empty(), "{:?}", names(&f));
}

#[test]
fn misspelt_bint_is_the_same_person_and_the_father_is_another() {
    let f = extract(
        "التقى الشيخ خالد بن سعود آل ثاني الوفد. وقال الشيخ خالد بنت سعود آل ثاني إن اللقاء مهم. وذكر بإرث الملك سعود.",
    );
    let n = names(&f);
    assert_eq!(
        n.iter().filter(|x| x.starts_with("خالد")).count(),
        1,
        "{n:?}"
    );
    assert!(n.contains(&"سعود"), "{n:?}");
}

#[test]
fn a_title_case_headline_is_not_a_name() {
    let f = extract("Secretary Jones And Minister Petrov Sign Agreements In Geneva.");
    let n = names(&f);
    assert!(!n.iter().any(|x| x.contains("Agreements")), "{n:?}");
}

#[test]
fn persian_text_yields_no_arabic_people() {
    let f = extract(
        "رئیس مرکز ملی پژوهش‌های اقلیمی گفت که دولت می‌خواهد برنامه‌ای روشن برای کشاورزان داشته باشد.",
    );
    assert_eq!(f.language, "fa");
    assert!(f.people.is_empty(), "{:?}", names(&f));
}

#[test]
fn a_persian_letter_in_an_arabic_name_keeps_the_text_arabic() {
    let f = extract("التقى وزير الخارجية المصري سامح شكري نظيره الإيطالي ماريو دراگي في روما، وبحثا ملف غزة والتعاون الاقتصادي بين البلدين.");
    assert_eq!(f.language, "ar");
}

#[test]
fn a_reception_is_a_meeting_and_a_planned_one_is_not() {
    let f = extract("استقبل الرئيس التونسي قيس سعيد وزير الدفاع الإيطالي ماريو روسي في قرطاج.");
    assert_eq!(f.meetings.len(), 1);
    assert_eq!(f.meetings[0].participants.len(), 2);
    let f = extract(
        "ومن المقرر أن يلتقي الرئيس التونسي قيس سعيد وزير الدفاع الإيطالي ماريو روسي الأسبوع المقبل.",
    );
    assert!(f.meetings.is_empty());
}

#[test]
fn headline_restatement_merges_with_the_body() {
    let text = "سعيد يستقبل روسي\n\nاستقبل الرئيس التونسي قيس سعيد اليوم وزير الدفاع الإيطالي ماريو روسي.\n\
        وبحث سعيد مع روسي التعاون العسكري.";
    assert_eq!(extract(text).meetings.len(), 1);
}

#[test]
fn quote_with_speaker_and_scare_quotes_ignored() {
    let f = extract("وقال وزير الخارجية المصري سامح شكري لصحيفة «الأهرام» إن «العلاقات بين البلدين تمر بأفضل مراحلها».");
    assert_eq!(f.quotes.len(), 1);
    assert_eq!(f.quotes[0].text, "العلاقات بين البلدين تمر بأفضل مراحلها");
    assert_eq!(speaker(&f.quotes[0]), Some("سامح شكري"));
    // the whole clause in quotation marks is a quote only, as the corpus is
    // annotated; a clause that starts indirectly is also a statement
    assert!(
        f.statements.is_empty(),
        "a quote after إن is not also a statement"
    );
}

#[test]
fn statement_with_implied_speaker() {
    let f = extract(
        "وأكد وزير الخارجية المصري سامح شكري أن الحوار مستمر. وأشار إلى أن اللجنة ستجتمع قريبا.",
    );
    assert_eq!(f.statements.len(), 2);
    assert!(f.statements[1].text.starts_with("اللجنة ستجتمع"));
    assert_eq!(speaker(&f.statements[1]), Some("سامح شكري"));
}

#[test]
fn plural_and_dual_speech_verbs_with_bi_anna() {
    let f = extract(
        "وأوضحوا أن المحادثات كانت مثمرة. وصرحا بأنهما سيلتقيان مجددا. وأكد أهمية التعاون.",
    );
    let texts: Vec<&str> = f.statements.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[0].starts_with("المحادثات كانت"));
    assert!(texts[1].starts_with("سيلتقيان"));
}

#[test]
fn english_bare_clauses_after_apposition_and_with_verb_in_s() {
    let f = extract("Minister Jane Doe, who arrived in Rome on Monday, said the plan would help farmers. She stressed the scheme works well. She explained the delay followed a cabinet meeting. He noted the progress achieved in May. \"We will keep working on it,\" said Jane Doe.");
    let texts: Vec<&str> = f.statements.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(texts[0].starts_with("the plan would"));
    assert!(texts[1].starts_with("the scheme works"));
    assert!(texts[2].starts_with("the delay followed"));
    assert_eq!(f.quotes.len(), 1);
}

#[test]
fn english_bare_clause_after_addressee_or_relative_clause() {
    let f = extract("President John Mensah opened the summit. He said the 2019 meeting, which was held in Accra, was important for all. The minister told reporters the talks would continue next week.");
    let texts: Vec<&str> = f.statements.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[0].starts_with("the 2019 meeting, which"), "{texts:?}");
    assert_eq!(speaker(&f.statements[0]), Some("John Mensah"));
    assert!(texts[1].starts_with("the talks would"), "{texts:?}");
}

#[test]
fn definite_official_with_nationality_is_the_named_person() {
    let f = extract(
        "استقبل الرئيس التونسي قيس سعيد وزير خارجية اليابان تارو كونو. وقال المسؤول الياباني إن بلاده تدعم الإصلاحات. وقال مسؤول ياباني إن الزيارة ناجحة.",
    );
    assert_eq!(f.statements.len(), 2);
    assert_eq!(speaker(&f.statements[0]), Some("تارو كونو"));
    assert_ne!(speaker(&f.statements[1]), Some("تارو كونو"));
}

#[test]
fn english_he_said_chain() {
    let f = extract("Foreign Minister John Carter met his counterpart in Rome. \"We agreed on many points today,\" he said. He added that talks would continue.");
    assert_eq!(f.quotes.len(), 1);
    assert_eq!(speaker(&f.quotes[0]), Some("John Carter"));
    assert_eq!(f.statements.len(), 1);
    assert_eq!(speaker(&f.statements[0]), Some("John Carter"));
}

#[test]
fn agreements_now_not_past_or_wishes() {
    let f = extract("واتفق الجانبان على إنشاء لجنة مشتركة للنقل.");
    assert_eq!(f.agreements.len(), 1);
    let f = extract("وأكد الجانبان أهمية تعزيز التعاون بين البلدين.");
    assert!(f.agreements.is_empty());
    let f = extract("وذكّر بالاتفاقية الموقعة بين البلدين.");
    assert!(f.agreements.is_empty());
}

#[test]
fn date_as_written_and_iso() {
    let f = extract("عنوان\n٢٢ نيسان ٢٠٢١\nنص.");
    let d = f.date.expect("a date");
    assert_eq!(d.text, "٢٢ نيسان ٢٠٢١");
    assert_eq!(d.iso.as_deref(), Some("2021-04-22"));
    let f = extract("Title\nSeptember 18, 2018\nText.");
    assert_eq!(f.date.and_then(|d| d.iso).as_deref(), Some("2018-09-18"));
}

#[test]
fn spans_point_into_the_text() {
    let text = "وقال الوزير أحمد سالم إن «الاتفاق الجديد سيخدم الشعبين الشقيقين».";
    let f = extract(text);
    for p in &f.people {
        for m in &p.mentions {
            assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
        }
    }
    for q in f.quotes.iter().chain(&f.statements) {
        assert_eq!(
            text.get(q.evidence.start..q.evidence.end),
            Some(q.evidence.text.as_str())
        );
    }
}

#[test]
fn bad_input_does_not_panic() {
    assert!(extract("").people.is_empty());
    assert_eq!(extract("   \n\n ").language, "und");
    let f = extract("1234 ---- ????");
    assert!(f.meetings.is_empty());
    let quotes = "«قال ".repeat(5000) + &"\"".repeat(3001) + &"“".repeat(2000);
    let _ = extract(&quotes);
    let nested = "(".repeat(20_000) + "استقبل الوزير" + &"]".repeat(20_000);
    let _ = extract(&nested);
    let _ = extract("\u{0651}\u{064e}\u{0640}ـ ة ى أ"); // marks and letters alone
}

#[test]
fn long_single_paragraph_in_linear_time() {
    let sentence = "استقبل الرئيس التونسي قيس سعيد وزير الدفاع الإيطالي ماريو روسي وقال إن «التعاون مستمر بين البلدين» ";
    let small = sentence.repeat(2_000);
    let big = sentence.repeat(20_000);
    let t0 = std::time::Instant::now();
    let _ = extract(&small);
    let t_small = t0.elapsed();
    let t1 = std::time::Instant::now();
    let f = extract(&big);
    let t_big = t1.elapsed();
    assert!(!f.people.is_empty());
    // ten times the text: well under a hundred times the time
    assert!(
        t_big < t_small * 40 + std::time::Duration::from_millis(200),
        "{t_small:?} → {t_big:?}"
    );
}

#[test]
fn ten_megabytes_in_one_paragraph() {
    let sentence = "وأكد الوزير أن التعاون مستمر، ";
    let text = sentence.repeat(10 * 1024 * 1024 / sentence.len());
    let f = extract(&text);
    assert_eq!(f.language, "ar");
}

#[test]
fn quotation_over_two_paragraphs_is_one_quote() {
    let text = "وقال الوزير أحمد سالم: «نحن نعمل على توسيع التعاون في كل المجالات\n«ونأمل أن نرى النتائج قريبا جدا».";
    let f = extract(text);
    assert_eq!(f.quotes.len(), 1, "{:?}", f.quotes);
    assert!(f.quotes[0].text.contains("قريبا جدا"));
    let text = "Minister John Carter spoke first. \"We came here to talk about trade and roads.\n\"We will come back soon with more,\" he said.";
    let f = extract(text);
    assert_eq!(f.quotes.len(), 1, "{:?}", f.quotes);
    assert_eq!(speaker(&f.quotes[0]), Some("John Carter"));
}

#[test]
fn single_quotation_marks_and_apostrophes() {
    let f = extract("The minister's aide said 'we will not sign this deal today' after the talks.");
    assert_eq!(f.quotes.len(), 1, "{:?}", f.quotes);
    assert_eq!(f.quotes[0].text, "we will not sign this deal today");
}

fn topic_ids(f: &Facts) -> Vec<&str> {
    f.topics.iter().map(|t| t.id.as_str()).collect()
}

#[test]
fn a_closing_wish_for_security_is_not_a_security_topic() {
    let f =
        extract("وتبادل الزعيمان التهاني بالعيد، متمنيين أن ينعم العالم بالأمن والاستقرار والازدهار.");
    assert!(
        !topic_ids(&f).contains(&"security-defense"),
        "{:?}",
        topic_ids(&f)
    );
    let g = extract("وبحث الوزيران تعزيز التعاون الأمني والعسكري بين الجيشين.");
    assert!(
        topic_ids(&g).contains(&"security-defense"),
        "{:?}",
        topic_ids(&g)
    );
}

#[test]
fn an_office_name_is_not_a_topic() {
    let f = extract("وصرح نائب رئيس الوزراء لشؤون الطاقة بأن الزيارة كانت ناجحة.");
    assert!(!topic_ids(&f).contains(&"energy"), "{:?}", topic_ids(&f));
}

#[test]
fn arabic_typed_with_persian_kaf_and_yeh_stays_arabic() {
    let f = extract(
        "التقی وزیر الخارجیة الإیرانی عباس عراقجی نظیره العمانی فی مسقط وبحث معه العلاقات الثنائیة.",
    );
    assert_eq!(f.language, "ar");
}

#[test]
fn persian_gets_no_arabic_topics_and_no_quoted_titles() {
    let text = "نشست ملی اقلیم\n\nدر نشست «آب، اقلیم و آینده» که در تهران برگزار شد، کارشناسان هشدار دادند. \
یکی از کارشناسان گفت: «ما دیگر با یک خشکسالی گذرا روبه‌رو نیستیم و باید برنامه‌ریزی کنیم.» \
امنیت غذایی کشور به آب وابسته است و از این پس برنامه امنیت آب اجرا می‌شود.";
    let f = extract(text);
    assert_eq!(f.language, "fa");
    assert!(f.topics.is_empty(), "{:?}", f.topics);
    assert_eq!(f.quotes.len(), 1, "{:?}", f.quotes);
    assert!(f.quotes[0].text.starts_with("ما دیگر"));
}

#[test]
fn a_body_speaker_is_its_name_not_the_words_after_it() {
    let text = "عنوان\n\nوأكد الوزير سامي نادر أن الوزارة تلقت طلبات عديدة. \
وقالت الوزارة في بيان إن الوزير استقبل السفير. \
وكشف مصدر عليم أن الزيارة تأجلت. وقال المصدر إن الوفد سيعود.";
    let f = extract(text);
    let speaker_of = |start: &str| {
        f.statements
            .iter()
            .find(|s| s.text.starts_with(start))
            .and_then(|s| s.speaker.as_ref())
            .and_then(|p| p.name.clone().or(p.title.clone()))
    };
    assert_eq!(speaker_of("الوزير استقبل").as_deref(), Some("الوزارة"));
    assert_eq!(speaker_of("الوفد سيعود").as_deref(), Some("مصدر عليم"));
}

#[test]
fn zaad_an_is_speech_and_a_report_is_a_speaker() {
    let text = "عنوان\n\nقال الوزير سامي نادر إن الإصلاح مستمر. وزاد أن الحكومة ستدعم الشركات. \
وأشار التقرير إلى أن معدل البطالة تراجع.";
    let f = extract(text);
    let starts: Vec<&str> = f.statements.iter().map(|s| s.text.as_str()).collect();
    assert!(
        starts.iter().any(|s| s.starts_with("الحكومة ستدعم")),
        "{starts:?}"
    );
    let report = f
        .statements
        .iter()
        .find(|s| s.text.starts_with("معدل البطالة"));
    let speaker = report
        .and_then(|s| s.speaker.as_ref())
        .and_then(|p| p.title.clone().or(p.name.clone()));
    assert_eq!(speaker.as_deref(), Some("التقرير"));
}

#[test]
fn titles_in_quotation_marks_are_not_quotes() {
    let text = "عنوان\n\nانطلقت القمة تحت شعار «معا نحو مستقبل أفضل للجميع» في العاصمة. \
وقال الرئيس سامي نادر: «نحن ملتزمون بالعمل المشترك مع جيراننا». \
The minister launched a report titled \"Water for a growing region by 2030\" on Monday.";
    let f = extract(text);
    let quotes: Vec<&str> = f.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        quotes,
        ["نحن ملتزمون بالعمل المشترك مع جيراننا"],
        "{quotes:?}"
    );
}

#[test]
fn a_quote_after_an_outlet_name_is_speech() {
    let text =
        "عنوان\n\nوقال الوزير سامي نادر لصحيفة «الرياض»: «نحن ملتزمون بالعمل المشترك مع جيراننا».";
    let f = extract(text);
    assert_eq!(f.quotes.len(), 1, "{:?}", f.quotes);
}

#[test]
fn other_stories_under_read_also_give_no_facts() {
    let f = extract(
        "الوزير يفتتح معرض الكتاب\n\
         افتتح وزير الثقافة سالم الحداد اليوم معرض الكتاب في دورته العاشرة.\n\
         اقرأ أيضا:\n\
         الرئيس كريم ناصر يستقبل وزير الخارجية اليوناني ديميتريس باباس\n",
    );
    assert!(f.meetings.is_empty(), "{:?}", f.meetings);
    assert_eq!(names(&f), ["سالم الحداد"]);
}

fn meeting_names(f: &Facts) -> Vec<Vec<Option<&str>>> {
    f.meetings
        .iter()
        .map(|m| m.participants.iter().map(|p| p.name.as_deref()).collect())
        .collect()
}

#[test]
fn english_title_keeps_its_nationality_and_a_later_title_finds_its_holder() {
    let f = extract("Indian External Affairs Minister Subrahmanyam Jaishankar arrived in Cairo on Sunday. He held talks with Egyptian Foreign Minister Badr Abdelatty. The Indian minister later met Prime Minister Mostafa Madbouly.");
    assert_eq!(f.people[0].titles, ["Indian External Affairs Minister"]);
    let meetings = meeting_names(&f);
    assert_eq!(meetings.len(), 2, "{meetings:?}");
    assert!(
        meetings[1].contains(&Some("Subrahmanyam Jaishankar")),
        "{meetings:?}"
    );
    assert!(
        meetings[1].contains(&Some("Mostafa Madbouly")),
        "{meetings:?}"
    );
}

#[test]
fn english_title_with_a_nationality_no_title_carries_is_the_bare_titles_holder() {
    let f = extract("PM Kishida held talks with his Vietnamese counterpart Pham Minh Chinh in Hanoi. The Japanese PM said that he has long supported the friendship alliance.");
    assert_eq!(f.statements.len(), 1);
    assert_eq!(speaker(&f.statements[0]), Some("Kishida"));
}

#[test]
fn english_office_in_apposition_to_a_name_is_no_second_party() {
    let f = extract("The meeting was hosted by the European Union's special envoy for the dialogue, Peter Sorensen, in Brussels on Thursday.");
    assert!(
        meeting_names(&f)
            .iter()
            .all(|m| m.iter().all(|p| p.is_some())),
        "{:?}",
        meeting_names(&f)
    );
}
