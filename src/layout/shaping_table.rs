//! Arabic joining types and presentation forms. Generated: do not edit.
//!
//! Unicode 15.0.0: DerivedJoiningType-15.0.0.txt, ArabicShaping-15.0.0.txt and UnicodeData.txt.
//! Regenerate with
//! `python3 scripts/gen_shaping_table.py /work/shared/unicode > src/layout/shaping_table.rs`.

use super::Joining::{self, C, D, L, R, T, U};

/// Letters of the Arabic blocks and chars with presentation forms, sorted:
/// (letter, joining type, isolated, final, initial, medial), `'\0'` for an absent form.
#[rustfmt::skip]
pub(super) static LETTERS: &[(char, Joining, char, char, char, char)] = &[
    ('\u{0620}', D, '\0', '\0', '\0', '\0'), // kashmiri yeh
    ('\u{0621}', U, '\u{FE80}', '\0', '\0', '\0'), // hamza
    ('\u{0622}', R, '\u{FE81}', '\u{FE82}', '\0', '\0'), // alef with madda above
    ('\u{0623}', R, '\u{FE83}', '\u{FE84}', '\0', '\0'), // alef with hamza above
    ('\u{0624}', R, '\u{FE85}', '\u{FE86}', '\0', '\0'), // waw with hamza above
    ('\u{0625}', R, '\u{FE87}', '\u{FE88}', '\0', '\0'), // alef with hamza below
    ('\u{0626}', D, '\u{FE89}', '\u{FE8A}', '\u{FE8B}', '\u{FE8C}'), // yeh with hamza above
    ('\u{0627}', R, '\u{FE8D}', '\u{FE8E}', '\0', '\0'), // alef
    ('\u{0628}', D, '\u{FE8F}', '\u{FE90}', '\u{FE91}', '\u{FE92}'), // beh
    ('\u{0629}', R, '\u{FE93}', '\u{FE94}', '\0', '\0'), // teh marbuta
    ('\u{062A}', D, '\u{FE95}', '\u{FE96}', '\u{FE97}', '\u{FE98}'), // teh
    ('\u{062B}', D, '\u{FE99}', '\u{FE9A}', '\u{FE9B}', '\u{FE9C}'), // theh
    ('\u{062C}', D, '\u{FE9D}', '\u{FE9E}', '\u{FE9F}', '\u{FEA0}'), // jeem
    ('\u{062D}', D, '\u{FEA1}', '\u{FEA2}', '\u{FEA3}', '\u{FEA4}'), // hah
    ('\u{062E}', D, '\u{FEA5}', '\u{FEA6}', '\u{FEA7}', '\u{FEA8}'), // khah
    ('\u{062F}', R, '\u{FEA9}', '\u{FEAA}', '\0', '\0'), // dal
    ('\u{0630}', R, '\u{FEAB}', '\u{FEAC}', '\0', '\0'), // thal
    ('\u{0631}', R, '\u{FEAD}', '\u{FEAE}', '\0', '\0'), // reh
    ('\u{0632}', R, '\u{FEAF}', '\u{FEB0}', '\0', '\0'), // zain
    ('\u{0633}', D, '\u{FEB1}', '\u{FEB2}', '\u{FEB3}', '\u{FEB4}'), // seen
    ('\u{0634}', D, '\u{FEB5}', '\u{FEB6}', '\u{FEB7}', '\u{FEB8}'), // sheen
    ('\u{0635}', D, '\u{FEB9}', '\u{FEBA}', '\u{FEBB}', '\u{FEBC}'), // sad
    ('\u{0636}', D, '\u{FEBD}', '\u{FEBE}', '\u{FEBF}', '\u{FEC0}'), // dad
    ('\u{0637}', D, '\u{FEC1}', '\u{FEC2}', '\u{FEC3}', '\u{FEC4}'), // tah
    ('\u{0638}', D, '\u{FEC5}', '\u{FEC6}', '\u{FEC7}', '\u{FEC8}'), // zah
    ('\u{0639}', D, '\u{FEC9}', '\u{FECA}', '\u{FECB}', '\u{FECC}'), // ain
    ('\u{063A}', D, '\u{FECD}', '\u{FECE}', '\u{FECF}', '\u{FED0}'), // ghain
    ('\u{063B}', D, '\0', '\0', '\0', '\0'), // keheh with two dots above
    ('\u{063C}', D, '\0', '\0', '\0', '\0'), // keheh with three dots below
    ('\u{063D}', D, '\0', '\0', '\0', '\0'), // farsi yeh with inverted v
    ('\u{063E}', D, '\0', '\0', '\0', '\0'), // farsi yeh with two dots above
    ('\u{063F}', D, '\0', '\0', '\0', '\0'), // farsi yeh with three dots above
    ('\u{0641}', D, '\u{FED1}', '\u{FED2}', '\u{FED3}', '\u{FED4}'), // feh
    ('\u{0642}', D, '\u{FED5}', '\u{FED6}', '\u{FED7}', '\u{FED8}'), // qaf
    ('\u{0643}', D, '\u{FED9}', '\u{FEDA}', '\u{FEDB}', '\u{FEDC}'), // kaf
    ('\u{0644}', D, '\u{FEDD}', '\u{FEDE}', '\u{FEDF}', '\u{FEE0}'), // lam
    ('\u{0645}', D, '\u{FEE1}', '\u{FEE2}', '\u{FEE3}', '\u{FEE4}'), // meem
    ('\u{0646}', D, '\u{FEE5}', '\u{FEE6}', '\u{FEE7}', '\u{FEE8}'), // noon
    ('\u{0647}', D, '\u{FEE9}', '\u{FEEA}', '\u{FEEB}', '\u{FEEC}'), // heh
    ('\u{0648}', R, '\u{FEED}', '\u{FEEE}', '\0', '\0'), // waw
    ('\u{0649}', D, '\u{FEEF}', '\u{FEF0}', '\u{FBE8}', '\u{FBE9}'), // alef maksura
    ('\u{064A}', D, '\u{FEF1}', '\u{FEF2}', '\u{FEF3}', '\u{FEF4}'), // yeh
    ('\u{066E}', D, '\0', '\0', '\0', '\0'), // dotless beh
    ('\u{066F}', D, '\0', '\0', '\0', '\0'), // dotless qaf
    ('\u{0671}', R, '\u{FB50}', '\u{FB51}', '\0', '\0'), // alef wasla
    ('\u{0672}', R, '\0', '\0', '\0', '\0'), // alef with wavy hamza above
    ('\u{0673}', R, '\0', '\0', '\0', '\0'), // alef with wavy hamza below
    ('\u{0675}', R, '\0', '\0', '\0', '\0'), // high hamza alef
    ('\u{0676}', R, '\0', '\0', '\0', '\0'), // high hamza waw
    ('\u{0677}', R, '\u{FBDD}', '\0', '\0', '\0'), // u with hamza above
    ('\u{0678}', D, '\0', '\0', '\0', '\0'), // high hamza yeh
    ('\u{0679}', D, '\u{FB66}', '\u{FB67}', '\u{FB68}', '\u{FB69}'), // tteh
    ('\u{067A}', D, '\u{FB5E}', '\u{FB5F}', '\u{FB60}', '\u{FB61}'), // tteheh
    ('\u{067B}', D, '\u{FB52}', '\u{FB53}', '\u{FB54}', '\u{FB55}'), // beeh
    ('\u{067C}', D, '\0', '\0', '\0', '\0'), // teh with ring
    ('\u{067D}', D, '\0', '\0', '\0', '\0'), // teh with three dots above downwards
    ('\u{067E}', D, '\u{FB56}', '\u{FB57}', '\u{FB58}', '\u{FB59}'), // peh
    ('\u{067F}', D, '\u{FB62}', '\u{FB63}', '\u{FB64}', '\u{FB65}'), // teheh
    ('\u{0680}', D, '\u{FB5A}', '\u{FB5B}', '\u{FB5C}', '\u{FB5D}'), // beheh
    ('\u{0681}', D, '\0', '\0', '\0', '\0'), // hah with hamza above
    ('\u{0682}', D, '\0', '\0', '\0', '\0'), // hah with two dots vertical above
    ('\u{0683}', D, '\u{FB76}', '\u{FB77}', '\u{FB78}', '\u{FB79}'), // nyeh
    ('\u{0684}', D, '\u{FB72}', '\u{FB73}', '\u{FB74}', '\u{FB75}'), // dyeh
    ('\u{0685}', D, '\0', '\0', '\0', '\0'), // hah with three dots above
    ('\u{0686}', D, '\u{FB7A}', '\u{FB7B}', '\u{FB7C}', '\u{FB7D}'), // tcheh
    ('\u{0687}', D, '\u{FB7E}', '\u{FB7F}', '\u{FB80}', '\u{FB81}'), // tcheheh
    ('\u{0688}', R, '\u{FB88}', '\u{FB89}', '\0', '\0'), // ddal
    ('\u{0689}', R, '\0', '\0', '\0', '\0'), // dal with ring
    ('\u{068A}', R, '\0', '\0', '\0', '\0'), // dal with dot below
    ('\u{068B}', R, '\0', '\0', '\0', '\0'), // dal with dot below and small tah
    ('\u{068C}', R, '\u{FB84}', '\u{FB85}', '\0', '\0'), // dahal
    ('\u{068D}', R, '\u{FB82}', '\u{FB83}', '\0', '\0'), // ddahal
    ('\u{068E}', R, '\u{FB86}', '\u{FB87}', '\0', '\0'), // dul
    ('\u{068F}', R, '\0', '\0', '\0', '\0'), // dal with three dots above downwards
    ('\u{0690}', R, '\0', '\0', '\0', '\0'), // dal with four dots above
    ('\u{0691}', R, '\u{FB8C}', '\u{FB8D}', '\0', '\0'), // rreh
    ('\u{0692}', R, '\0', '\0', '\0', '\0'), // reh with small v
    ('\u{0693}', R, '\0', '\0', '\0', '\0'), // reh with ring
    ('\u{0694}', R, '\0', '\0', '\0', '\0'), // reh with dot below
    ('\u{0695}', R, '\0', '\0', '\0', '\0'), // reh with small v below
    ('\u{0696}', R, '\0', '\0', '\0', '\0'), // reh with dot below and dot above
    ('\u{0697}', R, '\0', '\0', '\0', '\0'), // reh with two dots above
    ('\u{0698}', R, '\u{FB8A}', '\u{FB8B}', '\0', '\0'), // jeh
    ('\u{0699}', R, '\0', '\0', '\0', '\0'), // reh with four dots above
    ('\u{069A}', D, '\0', '\0', '\0', '\0'), // seen with dot below and dot above
    ('\u{069B}', D, '\0', '\0', '\0', '\0'), // seen with three dots below
    ('\u{069C}', D, '\0', '\0', '\0', '\0'), // seen with three dots below and three dots above
    ('\u{069D}', D, '\0', '\0', '\0', '\0'), // sad with two dots below
    ('\u{069E}', D, '\0', '\0', '\0', '\0'), // sad with three dots above
    ('\u{069F}', D, '\0', '\0', '\0', '\0'), // tah with three dots above
    ('\u{06A0}', D, '\0', '\0', '\0', '\0'), // ain with three dots above
    ('\u{06A1}', D, '\0', '\0', '\0', '\0'), // dotless feh
    ('\u{06A2}', D, '\0', '\0', '\0', '\0'), // feh with dot moved below
    ('\u{06A3}', D, '\0', '\0', '\0', '\0'), // feh with dot below
    ('\u{06A4}', D, '\u{FB6A}', '\u{FB6B}', '\u{FB6C}', '\u{FB6D}'), // veh
    ('\u{06A5}', D, '\0', '\0', '\0', '\0'), // feh with three dots below
    ('\u{06A6}', D, '\u{FB6E}', '\u{FB6F}', '\u{FB70}', '\u{FB71}'), // peheh
    ('\u{06A7}', D, '\0', '\0', '\0', '\0'), // qaf with dot above
    ('\u{06A8}', D, '\0', '\0', '\0', '\0'), // qaf with three dots above
    ('\u{06A9}', D, '\u{FB8E}', '\u{FB8F}', '\u{FB90}', '\u{FB91}'), // keheh
    ('\u{06AA}', D, '\0', '\0', '\0', '\0'), // swash kaf
    ('\u{06AB}', D, '\0', '\0', '\0', '\0'), // kaf with ring
    ('\u{06AC}', D, '\0', '\0', '\0', '\0'), // kaf with dot above
    ('\u{06AD}', D, '\u{FBD3}', '\u{FBD4}', '\u{FBD5}', '\u{FBD6}'), // ng
    ('\u{06AE}', D, '\0', '\0', '\0', '\0'), // kaf with three dots below
    ('\u{06AF}', D, '\u{FB92}', '\u{FB93}', '\u{FB94}', '\u{FB95}'), // gaf
    ('\u{06B0}', D, '\0', '\0', '\0', '\0'), // gaf with ring
    ('\u{06B1}', D, '\u{FB9A}', '\u{FB9B}', '\u{FB9C}', '\u{FB9D}'), // ngoeh
    ('\u{06B2}', D, '\0', '\0', '\0', '\0'), // gaf with two dots below
    ('\u{06B3}', D, '\u{FB96}', '\u{FB97}', '\u{FB98}', '\u{FB99}'), // gueh
    ('\u{06B4}', D, '\0', '\0', '\0', '\0'), // gaf with three dots above
    ('\u{06B5}', D, '\0', '\0', '\0', '\0'), // lam with small v
    ('\u{06B6}', D, '\0', '\0', '\0', '\0'), // lam with dot above
    ('\u{06B7}', D, '\0', '\0', '\0', '\0'), // lam with three dots above
    ('\u{06B8}', D, '\0', '\0', '\0', '\0'), // lam with three dots below
    ('\u{06B9}', D, '\0', '\0', '\0', '\0'), // noon with dot below
    ('\u{06BA}', D, '\u{FB9E}', '\u{FB9F}', '\0', '\0'), // noon ghunna
    ('\u{06BB}', D, '\u{FBA0}', '\u{FBA1}', '\u{FBA2}', '\u{FBA3}'), // rnoon
    ('\u{06BC}', D, '\0', '\0', '\0', '\0'), // noon with ring
    ('\u{06BD}', D, '\0', '\0', '\0', '\0'), // noon with three dots above
    ('\u{06BE}', D, '\u{FBAA}', '\u{FBAB}', '\u{FBAC}', '\u{FBAD}'), // heh doachashmee
    ('\u{06BF}', D, '\0', '\0', '\0', '\0'), // tcheh with dot above
    ('\u{06C0}', R, '\u{FBA4}', '\u{FBA5}', '\0', '\0'), // heh with yeh above
    ('\u{06C1}', D, '\u{FBA6}', '\u{FBA7}', '\u{FBA8}', '\u{FBA9}'), // heh goal
    ('\u{06C2}', D, '\0', '\0', '\0', '\0'), // heh goal with hamza above
    ('\u{06C3}', R, '\0', '\0', '\0', '\0'), // teh marbuta goal
    ('\u{06C4}', R, '\0', '\0', '\0', '\0'), // waw with ring
    ('\u{06C5}', R, '\u{FBE0}', '\u{FBE1}', '\0', '\0'), // kirghiz oe
    ('\u{06C6}', R, '\u{FBD9}', '\u{FBDA}', '\0', '\0'), // oe
    ('\u{06C7}', R, '\u{FBD7}', '\u{FBD8}', '\0', '\0'), // u
    ('\u{06C8}', R, '\u{FBDB}', '\u{FBDC}', '\0', '\0'), // yu
    ('\u{06C9}', R, '\u{FBE2}', '\u{FBE3}', '\0', '\0'), // kirghiz yu
    ('\u{06CA}', R, '\0', '\0', '\0', '\0'), // waw with two dots above
    ('\u{06CB}', R, '\u{FBDE}', '\u{FBDF}', '\0', '\0'), // ve
    ('\u{06CC}', D, '\u{FBFC}', '\u{FBFD}', '\u{FBFE}', '\u{FBFF}'), // farsi yeh
    ('\u{06CD}', R, '\0', '\0', '\0', '\0'), // yeh with tail
    ('\u{06CE}', D, '\0', '\0', '\0', '\0'), // yeh with small v
    ('\u{06CF}', R, '\0', '\0', '\0', '\0'), // waw with dot above
    ('\u{06D0}', D, '\u{FBE4}', '\u{FBE5}', '\u{FBE6}', '\u{FBE7}'), // e
    ('\u{06D1}', D, '\0', '\0', '\0', '\0'), // yeh with three dots below
    ('\u{06D2}', R, '\u{FBAE}', '\u{FBAF}', '\0', '\0'), // yeh barree
    ('\u{06D3}', R, '\u{FBB0}', '\u{FBB1}', '\0', '\0'), // yeh barree with hamza above
    ('\u{06D5}', R, '\0', '\0', '\0', '\0'), // ae
    ('\u{06EE}', R, '\0', '\0', '\0', '\0'), // dal with inverted v
    ('\u{06EF}', R, '\0', '\0', '\0', '\0'), // reh with inverted v
    ('\u{06FA}', D, '\0', '\0', '\0', '\0'), // sheen with dot below
    ('\u{06FB}', D, '\0', '\0', '\0', '\0'), // dad with dot below
    ('\u{06FC}', D, '\0', '\0', '\0', '\0'), // ghain with dot below
    ('\u{06FF}', D, '\0', '\0', '\0', '\0'), // heh with inverted v
    ('\u{0750}', D, '\0', '\0', '\0', '\0'), // beh with three dots horizontally below
    ('\u{0751}', D, '\0', '\0', '\0', '\0'), // beh with dot below and three dots above
    ('\u{0752}', D, '\0', '\0', '\0', '\0'), // beh with three dots pointing upwards below
    ('\u{0753}', D, '\0', '\0', '\0', '\0'), // beh with three dots pointing upwards below and two dots above
    ('\u{0754}', D, '\0', '\0', '\0', '\0'), // beh with two dots below and dot above
    ('\u{0755}', D, '\0', '\0', '\0', '\0'), // beh with inverted small v below
    ('\u{0756}', D, '\0', '\0', '\0', '\0'), // beh with small v
    ('\u{0757}', D, '\0', '\0', '\0', '\0'), // hah with two dots above
    ('\u{0758}', D, '\0', '\0', '\0', '\0'), // hah with three dots pointing upwards below
    ('\u{0759}', R, '\0', '\0', '\0', '\0'), // dal with two dots vertically below and small tah
    ('\u{075A}', R, '\0', '\0', '\0', '\0'), // dal with inverted small v below
    ('\u{075B}', R, '\0', '\0', '\0', '\0'), // reh with stroke
    ('\u{075C}', D, '\0', '\0', '\0', '\0'), // seen with four dots above
    ('\u{075D}', D, '\0', '\0', '\0', '\0'), // ain with two dots above
    ('\u{075E}', D, '\0', '\0', '\0', '\0'), // ain with three dots pointing downwards above
    ('\u{075F}', D, '\0', '\0', '\0', '\0'), // ain with two dots vertically above
    ('\u{0760}', D, '\0', '\0', '\0', '\0'), // feh with two dots below
    ('\u{0761}', D, '\0', '\0', '\0', '\0'), // feh with three dots pointing upwards below
    ('\u{0762}', D, '\0', '\0', '\0', '\0'), // keheh with dot above
    ('\u{0763}', D, '\0', '\0', '\0', '\0'), // keheh with three dots above
    ('\u{0764}', D, '\0', '\0', '\0', '\0'), // keheh with three dots pointing upwards below
    ('\u{0765}', D, '\0', '\0', '\0', '\0'), // meem with dot above
    ('\u{0766}', D, '\0', '\0', '\0', '\0'), // meem with dot below
    ('\u{0767}', D, '\0', '\0', '\0', '\0'), // noon with two dots below
    ('\u{0768}', D, '\0', '\0', '\0', '\0'), // noon with small tah
    ('\u{0769}', D, '\0', '\0', '\0', '\0'), // noon with small v
    ('\u{076A}', D, '\0', '\0', '\0', '\0'), // lam with bar
    ('\u{076B}', R, '\0', '\0', '\0', '\0'), // reh with two dots vertically above
    ('\u{076C}', R, '\0', '\0', '\0', '\0'), // reh with hamza above
    ('\u{076D}', D, '\0', '\0', '\0', '\0'), // seen with two dots vertically above
    ('\u{076E}', D, '\0', '\0', '\0', '\0'), // hah with small arabic letter tah below
    ('\u{076F}', D, '\0', '\0', '\0', '\0'), // hah with small arabic letter tah and two dots
    ('\u{0770}', D, '\0', '\0', '\0', '\0'), // seen with small arabic letter tah and two dots
    ('\u{0771}', R, '\0', '\0', '\0', '\0'), // reh with small arabic letter tah and two dots
    ('\u{0772}', D, '\0', '\0', '\0', '\0'), // hah with small arabic letter tah above
    ('\u{0773}', R, '\0', '\0', '\0', '\0'), // alef with extended arabic-indic digit two above
    ('\u{0774}', R, '\0', '\0', '\0', '\0'), // alef with extended arabic-indic digit three above
    ('\u{0775}', D, '\0', '\0', '\0', '\0'), // farsi yeh with extended arabic-indic digit two above
    ('\u{0776}', D, '\0', '\0', '\0', '\0'), // farsi yeh with extended arabic-indic digit three above
    ('\u{0777}', D, '\0', '\0', '\0', '\0'), // farsi yeh with extended arabic-indic digit four below
    ('\u{0778}', R, '\0', '\0', '\0', '\0'), // waw with extended arabic-indic digit two above
    ('\u{0779}', R, '\0', '\0', '\0', '\0'), // waw with extended arabic-indic digit three above
    ('\u{077A}', D, '\0', '\0', '\0', '\0'), // yeh barree with extended arabic-indic digit two above
    ('\u{077B}', D, '\0', '\0', '\0', '\0'), // yeh barree with extended arabic-indic digit three above
    ('\u{077C}', D, '\0', '\0', '\0', '\0'), // hah with extended arabic-indic digit four below
    ('\u{077D}', D, '\0', '\0', '\0', '\0'), // seen with extended arabic-indic digit four above
    ('\u{077E}', D, '\0', '\0', '\0', '\0'), // seen with inverted v
    ('\u{077F}', D, '\0', '\0', '\0', '\0'), // kaf with two dots above
    ('\u{0870}', R, '\0', '\0', '\0', '\0'), // alef with attached fatha
    ('\u{0871}', R, '\0', '\0', '\0', '\0'), // alef with attached top right fatha
    ('\u{0872}', R, '\0', '\0', '\0', '\0'), // alef with right middle stroke
    ('\u{0873}', R, '\0', '\0', '\0', '\0'), // alef with left middle stroke
    ('\u{0874}', R, '\0', '\0', '\0', '\0'), // alef with attached kasra
    ('\u{0875}', R, '\0', '\0', '\0', '\0'), // alef with attached bottom right kasra
    ('\u{0876}', R, '\0', '\0', '\0', '\0'), // alef with attached round dot above
    ('\u{0877}', R, '\0', '\0', '\0', '\0'), // alef with attached right round dot
    ('\u{0878}', R, '\0', '\0', '\0', '\0'), // alef with attached left round dot
    ('\u{0879}', R, '\0', '\0', '\0', '\0'), // alef with attached round dot below
    ('\u{087A}', R, '\0', '\0', '\0', '\0'), // alef with dot above
    ('\u{087B}', R, '\0', '\0', '\0', '\0'), // alef with attached top right fatha and dot above
    ('\u{087C}', R, '\0', '\0', '\0', '\0'), // alef with right middle stroke and dot above
    ('\u{087D}', R, '\0', '\0', '\0', '\0'), // alef with attached bottom right kasra and dot above
    ('\u{087E}', R, '\0', '\0', '\0', '\0'), // alef with attached top right fatha and left ring
    ('\u{087F}', R, '\0', '\0', '\0', '\0'), // alef with right middle stroke and left ring
    ('\u{0880}', R, '\0', '\0', '\0', '\0'), // alef with attached bottom right kasra and left ring
    ('\u{0881}', R, '\0', '\0', '\0', '\0'), // alef with attached right hamza
    ('\u{0882}', R, '\0', '\0', '\0', '\0'), // alef with attached left hamza
    ('\u{0886}', D, '\0', '\0', '\0', '\0'), // thin yeh
    ('\u{0889}', D, '\0', '\0', '\0', '\0'), // noon with inverted small v
    ('\u{088A}', D, '\0', '\0', '\0', '\0'), // hah with inverted small v below
    ('\u{088B}', D, '\0', '\0', '\0', '\0'), // tah with dot below
    ('\u{088C}', D, '\0', '\0', '\0', '\0'), // tah with three dots below
    ('\u{088D}', D, '\0', '\0', '\0', '\0'), // keheh with two dots vertically below
    ('\u{088E}', R, '\0', '\0', '\0', '\0'), // arabic vertical tail
    ('\u{08A0}', D, '\0', '\0', '\0', '\0'), // beh with small v below
    ('\u{08A1}', D, '\0', '\0', '\0', '\0'), // beh with hamza above
    ('\u{08A2}', D, '\0', '\0', '\0', '\0'), // jeem with two dots above
    ('\u{08A3}', D, '\0', '\0', '\0', '\0'), // tah with two dots above
    ('\u{08A4}', D, '\0', '\0', '\0', '\0'), // feh with dot below and three dots above
    ('\u{08A5}', D, '\0', '\0', '\0', '\0'), // qaf with dot below
    ('\u{08A6}', D, '\0', '\0', '\0', '\0'), // lam with double bar
    ('\u{08A7}', D, '\0', '\0', '\0', '\0'), // meem with three dots above
    ('\u{08A8}', D, '\0', '\0', '\0', '\0'), // yeh with two dots below and hamza above
    ('\u{08A9}', D, '\0', '\0', '\0', '\0'), // yeh with two dots below and dot above
    ('\u{08AA}', R, '\0', '\0', '\0', '\0'), // reh with loop
    ('\u{08AB}', R, '\0', '\0', '\0', '\0'), // waw with dot within
    ('\u{08AC}', R, '\0', '\0', '\0', '\0'), // rohingya yeh
    ('\u{08AE}', R, '\0', '\0', '\0', '\0'), // dal with three dots below
    ('\u{08AF}', D, '\0', '\0', '\0', '\0'), // sad with three dots below
    ('\u{08B0}', D, '\0', '\0', '\0', '\0'), // gaf with inverted stroke
    ('\u{08B1}', R, '\0', '\0', '\0', '\0'), // straight waw
    ('\u{08B2}', R, '\0', '\0', '\0', '\0'), // zain with inverted v above
    ('\u{08B3}', D, '\0', '\0', '\0', '\0'), // ain with three dots below
    ('\u{08B4}', D, '\0', '\0', '\0', '\0'), // kaf with dot below
    ('\u{08B5}', D, '\0', '\0', '\0', '\0'), // qaf with dot below and no dots above
    ('\u{08B6}', D, '\0', '\0', '\0', '\0'), // beh with small meem above
    ('\u{08B7}', D, '\0', '\0', '\0', '\0'), // peh with small meem above
    ('\u{08B8}', D, '\0', '\0', '\0', '\0'), // teh with small teh above
    ('\u{08B9}', R, '\0', '\0', '\0', '\0'), // reh with small noon above
    ('\u{08BA}', D, '\0', '\0', '\0', '\0'), // yeh with two dots below and small noon above
    ('\u{08BB}', D, '\0', '\0', '\0', '\0'), // african feh
    ('\u{08BC}', D, '\0', '\0', '\0', '\0'), // african qaf
    ('\u{08BD}', D, '\0', '\0', '\0', '\0'), // african noon
    ('\u{08BE}', D, '\0', '\0', '\0', '\0'), // peh with small v
    ('\u{08BF}', D, '\0', '\0', '\0', '\0'), // teh with small v
    ('\u{08C0}', D, '\0', '\0', '\0', '\0'), // tteh with small v
    ('\u{08C1}', D, '\0', '\0', '\0', '\0'), // tcheh with small v
    ('\u{08C2}', D, '\0', '\0', '\0', '\0'), // keheh with small v
    ('\u{08C3}', D, '\0', '\0', '\0', '\0'), // ghain with three dots above
    ('\u{08C4}', D, '\0', '\0', '\0', '\0'), // african qaf with three dots above
    ('\u{08C5}', D, '\0', '\0', '\0', '\0'), // jeem with three dots above
    ('\u{08C6}', D, '\0', '\0', '\0', '\0'), // jeem with three dots below
    ('\u{08C7}', D, '\0', '\0', '\0', '\0'), // lam with small arabic letter tah above
    ('\u{08C8}', D, '\0', '\0', '\0', '\0'), // graf
];

/// Every other char whose joining type is not U, as sorted inclusive ranges.
pub(super) static JOINING: &[(char, char, Joining)] = &[
    ('\u{00AD}', '\u{00AD}', T),
    ('\u{0300}', '\u{036F}', T),
    ('\u{0483}', '\u{0489}', T),
    ('\u{0591}', '\u{05BD}', T),
    ('\u{05BF}', '\u{05BF}', T),
    ('\u{05C1}', '\u{05C2}', T),
    ('\u{05C4}', '\u{05C5}', T),
    ('\u{05C7}', '\u{05C7}', T),
    ('\u{0610}', '\u{061A}', T),
    ('\u{061C}', '\u{061C}', T),
    ('\u{0640}', '\u{0640}', C),
    ('\u{064B}', '\u{065F}', T),
    ('\u{0670}', '\u{0670}', T),
    ('\u{06D6}', '\u{06DC}', T),
    ('\u{06DF}', '\u{06E4}', T),
    ('\u{06E7}', '\u{06E8}', T),
    ('\u{06EA}', '\u{06ED}', T),
    ('\u{070F}', '\u{070F}', T),
    ('\u{0710}', '\u{0710}', R),
    ('\u{0711}', '\u{0711}', T),
    ('\u{0712}', '\u{0714}', D),
    ('\u{0715}', '\u{0719}', R),
    ('\u{071A}', '\u{071D}', D),
    ('\u{071E}', '\u{071E}', R),
    ('\u{071F}', '\u{0727}', D),
    ('\u{0728}', '\u{0728}', R),
    ('\u{0729}', '\u{0729}', D),
    ('\u{072A}', '\u{072A}', R),
    ('\u{072B}', '\u{072B}', D),
    ('\u{072C}', '\u{072C}', R),
    ('\u{072D}', '\u{072E}', D),
    ('\u{072F}', '\u{072F}', R),
    ('\u{0730}', '\u{074A}', T),
    ('\u{074D}', '\u{074D}', R),
    ('\u{074E}', '\u{074F}', D),
    ('\u{07A6}', '\u{07B0}', T),
    ('\u{07CA}', '\u{07EA}', D),
    ('\u{07EB}', '\u{07F3}', T),
    ('\u{07FA}', '\u{07FA}', C),
    ('\u{07FD}', '\u{07FD}', T),
    ('\u{0816}', '\u{0819}', T),
    ('\u{081B}', '\u{0823}', T),
    ('\u{0825}', '\u{0827}', T),
    ('\u{0829}', '\u{082D}', T),
    ('\u{0840}', '\u{0840}', R),
    ('\u{0841}', '\u{0845}', D),
    ('\u{0846}', '\u{0847}', R),
    ('\u{0848}', '\u{0848}', D),
    ('\u{0849}', '\u{0849}', R),
    ('\u{084A}', '\u{0853}', D),
    ('\u{0854}', '\u{0854}', R),
    ('\u{0855}', '\u{0855}', D),
    ('\u{0856}', '\u{0858}', R),
    ('\u{0859}', '\u{085B}', T),
    ('\u{0860}', '\u{0860}', D),
    ('\u{0862}', '\u{0865}', D),
    ('\u{0867}', '\u{0867}', R),
    ('\u{0868}', '\u{0868}', D),
    ('\u{0869}', '\u{086A}', R),
    ('\u{0883}', '\u{0885}', C),
    ('\u{0898}', '\u{089F}', T),
    ('\u{08CA}', '\u{08E1}', T),
    ('\u{08E3}', '\u{0902}', T),
    ('\u{093A}', '\u{093A}', T),
    ('\u{093C}', '\u{093C}', T),
    ('\u{0941}', '\u{0948}', T),
    ('\u{094D}', '\u{094D}', T),
    ('\u{0951}', '\u{0957}', T),
    ('\u{0962}', '\u{0963}', T),
    ('\u{0981}', '\u{0981}', T),
    ('\u{09BC}', '\u{09BC}', T),
    ('\u{09C1}', '\u{09C4}', T),
    ('\u{09CD}', '\u{09CD}', T),
    ('\u{09E2}', '\u{09E3}', T),
    ('\u{09FE}', '\u{09FE}', T),
    ('\u{0A01}', '\u{0A02}', T),
    ('\u{0A3C}', '\u{0A3C}', T),
    ('\u{0A41}', '\u{0A42}', T),
    ('\u{0A47}', '\u{0A48}', T),
    ('\u{0A4B}', '\u{0A4D}', T),
    ('\u{0A51}', '\u{0A51}', T),
    ('\u{0A70}', '\u{0A71}', T),
    ('\u{0A75}', '\u{0A75}', T),
    ('\u{0A81}', '\u{0A82}', T),
    ('\u{0ABC}', '\u{0ABC}', T),
    ('\u{0AC1}', '\u{0AC5}', T),
    ('\u{0AC7}', '\u{0AC8}', T),
    ('\u{0ACD}', '\u{0ACD}', T),
    ('\u{0AE2}', '\u{0AE3}', T),
    ('\u{0AFA}', '\u{0AFF}', T),
    ('\u{0B01}', '\u{0B01}', T),
    ('\u{0B3C}', '\u{0B3C}', T),
    ('\u{0B3F}', '\u{0B3F}', T),
    ('\u{0B41}', '\u{0B44}', T),
    ('\u{0B4D}', '\u{0B4D}', T),
    ('\u{0B55}', '\u{0B56}', T),
    ('\u{0B62}', '\u{0B63}', T),
    ('\u{0B82}', '\u{0B82}', T),
    ('\u{0BC0}', '\u{0BC0}', T),
    ('\u{0BCD}', '\u{0BCD}', T),
    ('\u{0C00}', '\u{0C00}', T),
    ('\u{0C04}', '\u{0C04}', T),
    ('\u{0C3C}', '\u{0C3C}', T),
    ('\u{0C3E}', '\u{0C40}', T),
    ('\u{0C46}', '\u{0C48}', T),
    ('\u{0C4A}', '\u{0C4D}', T),
    ('\u{0C55}', '\u{0C56}', T),
    ('\u{0C62}', '\u{0C63}', T),
    ('\u{0C81}', '\u{0C81}', T),
    ('\u{0CBC}', '\u{0CBC}', T),
    ('\u{0CBF}', '\u{0CBF}', T),
    ('\u{0CC6}', '\u{0CC6}', T),
    ('\u{0CCC}', '\u{0CCD}', T),
    ('\u{0CE2}', '\u{0CE3}', T),
    ('\u{0D00}', '\u{0D01}', T),
    ('\u{0D3B}', '\u{0D3C}', T),
    ('\u{0D41}', '\u{0D44}', T),
    ('\u{0D4D}', '\u{0D4D}', T),
    ('\u{0D62}', '\u{0D63}', T),
    ('\u{0D81}', '\u{0D81}', T),
    ('\u{0DCA}', '\u{0DCA}', T),
    ('\u{0DD2}', '\u{0DD4}', T),
    ('\u{0DD6}', '\u{0DD6}', T),
    ('\u{0E31}', '\u{0E31}', T),
    ('\u{0E34}', '\u{0E3A}', T),
    ('\u{0E47}', '\u{0E4E}', T),
    ('\u{0EB1}', '\u{0EB1}', T),
    ('\u{0EB4}', '\u{0EBC}', T),
    ('\u{0EC8}', '\u{0ECE}', T),
    ('\u{0F18}', '\u{0F19}', T),
    ('\u{0F35}', '\u{0F35}', T),
    ('\u{0F37}', '\u{0F37}', T),
    ('\u{0F39}', '\u{0F39}', T),
    ('\u{0F71}', '\u{0F7E}', T),
    ('\u{0F80}', '\u{0F84}', T),
    ('\u{0F86}', '\u{0F87}', T),
    ('\u{0F8D}', '\u{0F97}', T),
    ('\u{0F99}', '\u{0FBC}', T),
    ('\u{0FC6}', '\u{0FC6}', T),
    ('\u{102D}', '\u{1030}', T),
    ('\u{1032}', '\u{1037}', T),
    ('\u{1039}', '\u{103A}', T),
    ('\u{103D}', '\u{103E}', T),
    ('\u{1058}', '\u{1059}', T),
    ('\u{105E}', '\u{1060}', T),
    ('\u{1071}', '\u{1074}', T),
    ('\u{1082}', '\u{1082}', T),
    ('\u{1085}', '\u{1086}', T),
    ('\u{108D}', '\u{108D}', T),
    ('\u{109D}', '\u{109D}', T),
    ('\u{135D}', '\u{135F}', T),
    ('\u{1712}', '\u{1714}', T),
    ('\u{1732}', '\u{1733}', T),
    ('\u{1752}', '\u{1753}', T),
    ('\u{1772}', '\u{1773}', T),
    ('\u{17B4}', '\u{17B5}', T),
    ('\u{17B7}', '\u{17BD}', T),
    ('\u{17C6}', '\u{17C6}', T),
    ('\u{17C9}', '\u{17D3}', T),
    ('\u{17DD}', '\u{17DD}', T),
    ('\u{1807}', '\u{1807}', D),
    ('\u{180A}', '\u{180A}', C),
    ('\u{180B}', '\u{180D}', T),
    ('\u{180F}', '\u{180F}', T),
    ('\u{1820}', '\u{1878}', D),
    ('\u{1885}', '\u{1886}', T),
    ('\u{1887}', '\u{18A8}', D),
    ('\u{18A9}', '\u{18A9}', T),
    ('\u{18AA}', '\u{18AA}', D),
    ('\u{1920}', '\u{1922}', T),
    ('\u{1927}', '\u{1928}', T),
    ('\u{1932}', '\u{1932}', T),
    ('\u{1939}', '\u{193B}', T),
    ('\u{1A17}', '\u{1A18}', T),
    ('\u{1A1B}', '\u{1A1B}', T),
    ('\u{1A56}', '\u{1A56}', T),
    ('\u{1A58}', '\u{1A5E}', T),
    ('\u{1A60}', '\u{1A60}', T),
    ('\u{1A62}', '\u{1A62}', T),
    ('\u{1A65}', '\u{1A6C}', T),
    ('\u{1A73}', '\u{1A7C}', T),
    ('\u{1A7F}', '\u{1A7F}', T),
    ('\u{1AB0}', '\u{1ACE}', T),
    ('\u{1B00}', '\u{1B03}', T),
    ('\u{1B34}', '\u{1B34}', T),
    ('\u{1B36}', '\u{1B3A}', T),
    ('\u{1B3C}', '\u{1B3C}', T),
    ('\u{1B42}', '\u{1B42}', T),
    ('\u{1B6B}', '\u{1B73}', T),
    ('\u{1B80}', '\u{1B81}', T),
    ('\u{1BA2}', '\u{1BA5}', T),
    ('\u{1BA8}', '\u{1BA9}', T),
    ('\u{1BAB}', '\u{1BAD}', T),
    ('\u{1BE6}', '\u{1BE6}', T),
    ('\u{1BE8}', '\u{1BE9}', T),
    ('\u{1BED}', '\u{1BED}', T),
    ('\u{1BEF}', '\u{1BF1}', T),
    ('\u{1C2C}', '\u{1C33}', T),
    ('\u{1C36}', '\u{1C37}', T),
    ('\u{1CD0}', '\u{1CD2}', T),
    ('\u{1CD4}', '\u{1CE0}', T),
    ('\u{1CE2}', '\u{1CE8}', T),
    ('\u{1CED}', '\u{1CED}', T),
    ('\u{1CF4}', '\u{1CF4}', T),
    ('\u{1CF8}', '\u{1CF9}', T),
    ('\u{1DC0}', '\u{1DFF}', T),
    ('\u{200B}', '\u{200B}', T),
    ('\u{200D}', '\u{200D}', C),
    ('\u{200E}', '\u{200F}', T),
    ('\u{202A}', '\u{202E}', T),
    ('\u{2060}', '\u{2064}', T),
    ('\u{206A}', '\u{206F}', T),
    ('\u{20D0}', '\u{20F0}', T),
    ('\u{2CEF}', '\u{2CF1}', T),
    ('\u{2D7F}', '\u{2D7F}', T),
    ('\u{2DE0}', '\u{2DFF}', T),
    ('\u{302A}', '\u{302D}', T),
    ('\u{3099}', '\u{309A}', T),
    ('\u{A66F}', '\u{A672}', T),
    ('\u{A674}', '\u{A67D}', T),
    ('\u{A69E}', '\u{A69F}', T),
    ('\u{A6F0}', '\u{A6F1}', T),
    ('\u{A802}', '\u{A802}', T),
    ('\u{A806}', '\u{A806}', T),
    ('\u{A80B}', '\u{A80B}', T),
    ('\u{A825}', '\u{A826}', T),
    ('\u{A82C}', '\u{A82C}', T),
    ('\u{A840}', '\u{A871}', D),
    ('\u{A872}', '\u{A872}', L),
    ('\u{A8C4}', '\u{A8C5}', T),
    ('\u{A8E0}', '\u{A8F1}', T),
    ('\u{A8FF}', '\u{A8FF}', T),
    ('\u{A926}', '\u{A92D}', T),
    ('\u{A947}', '\u{A951}', T),
    ('\u{A980}', '\u{A982}', T),
    ('\u{A9B3}', '\u{A9B3}', T),
    ('\u{A9B6}', '\u{A9B9}', T),
    ('\u{A9BC}', '\u{A9BD}', T),
    ('\u{A9E5}', '\u{A9E5}', T),
    ('\u{AA29}', '\u{AA2E}', T),
    ('\u{AA31}', '\u{AA32}', T),
    ('\u{AA35}', '\u{AA36}', T),
    ('\u{AA43}', '\u{AA43}', T),
    ('\u{AA4C}', '\u{AA4C}', T),
    ('\u{AA7C}', '\u{AA7C}', T),
    ('\u{AAB0}', '\u{AAB0}', T),
    ('\u{AAB2}', '\u{AAB4}', T),
    ('\u{AAB7}', '\u{AAB8}', T),
    ('\u{AABE}', '\u{AABF}', T),
    ('\u{AAC1}', '\u{AAC1}', T),
    ('\u{AAEC}', '\u{AAED}', T),
    ('\u{AAF6}', '\u{AAF6}', T),
    ('\u{ABE5}', '\u{ABE5}', T),
    ('\u{ABE8}', '\u{ABE8}', T),
    ('\u{ABED}', '\u{ABED}', T),
    ('\u{FB1E}', '\u{FB1E}', T),
    ('\u{FE00}', '\u{FE0F}', T),
    ('\u{FE20}', '\u{FE2F}', T),
    ('\u{FEFF}', '\u{FEFF}', T),
    ('\u{FFF9}', '\u{FFFB}', T),
    ('\u{101FD}', '\u{101FD}', T),
    ('\u{102E0}', '\u{102E0}', T),
    ('\u{10376}', '\u{1037A}', T),
    ('\u{10A01}', '\u{10A03}', T),
    ('\u{10A05}', '\u{10A06}', T),
    ('\u{10A0C}', '\u{10A0F}', T),
    ('\u{10A38}', '\u{10A3A}', T),
    ('\u{10A3F}', '\u{10A3F}', T),
    ('\u{10AC0}', '\u{10AC4}', D),
    ('\u{10AC5}', '\u{10AC5}', R),
    ('\u{10AC7}', '\u{10AC7}', R),
    ('\u{10AC9}', '\u{10ACA}', R),
    ('\u{10ACD}', '\u{10ACD}', L),
    ('\u{10ACE}', '\u{10AD2}', R),
    ('\u{10AD3}', '\u{10AD6}', D),
    ('\u{10AD7}', '\u{10AD7}', L),
    ('\u{10AD8}', '\u{10ADC}', D),
    ('\u{10ADD}', '\u{10ADD}', R),
    ('\u{10ADE}', '\u{10AE0}', D),
    ('\u{10AE1}', '\u{10AE1}', R),
    ('\u{10AE4}', '\u{10AE4}', R),
    ('\u{10AE5}', '\u{10AE6}', T),
    ('\u{10AEB}', '\u{10AEE}', D),
    ('\u{10AEF}', '\u{10AEF}', R),
    ('\u{10B80}', '\u{10B80}', D),
    ('\u{10B81}', '\u{10B81}', R),
    ('\u{10B82}', '\u{10B82}', D),
    ('\u{10B83}', '\u{10B85}', R),
    ('\u{10B86}', '\u{10B88}', D),
    ('\u{10B89}', '\u{10B89}', R),
    ('\u{10B8A}', '\u{10B8B}', D),
    ('\u{10B8C}', '\u{10B8C}', R),
    ('\u{10B8D}', '\u{10B8D}', D),
    ('\u{10B8E}', '\u{10B8F}', R),
    ('\u{10B90}', '\u{10B90}', D),
    ('\u{10B91}', '\u{10B91}', R),
    ('\u{10BA9}', '\u{10BAC}', R),
    ('\u{10BAD}', '\u{10BAE}', D),
    ('\u{10D00}', '\u{10D00}', L),
    ('\u{10D01}', '\u{10D21}', D),
    ('\u{10D22}', '\u{10D22}', R),
    ('\u{10D23}', '\u{10D23}', D),
    ('\u{10D24}', '\u{10D27}', T),
    ('\u{10EAB}', '\u{10EAC}', T),
    ('\u{10EFD}', '\u{10EFF}', T),
    ('\u{10F30}', '\u{10F32}', D),
    ('\u{10F33}', '\u{10F33}', R),
    ('\u{10F34}', '\u{10F44}', D),
    ('\u{10F46}', '\u{10F50}', T),
    ('\u{10F51}', '\u{10F53}', D),
    ('\u{10F54}', '\u{10F54}', R),
    ('\u{10F70}', '\u{10F73}', D),
    ('\u{10F74}', '\u{10F75}', R),
    ('\u{10F76}', '\u{10F81}', D),
    ('\u{10F82}', '\u{10F85}', T),
    ('\u{10FB0}', '\u{10FB0}', D),
    ('\u{10FB2}', '\u{10FB3}', D),
    ('\u{10FB4}', '\u{10FB6}', R),
    ('\u{10FB8}', '\u{10FB8}', D),
    ('\u{10FB9}', '\u{10FBA}', R),
    ('\u{10FBB}', '\u{10FBC}', D),
    ('\u{10FBD}', '\u{10FBD}', R),
    ('\u{10FBE}', '\u{10FBF}', D),
    ('\u{10FC1}', '\u{10FC1}', D),
    ('\u{10FC2}', '\u{10FC3}', R),
    ('\u{10FC4}', '\u{10FC4}', D),
    ('\u{10FC9}', '\u{10FC9}', R),
    ('\u{10FCA}', '\u{10FCA}', D),
    ('\u{10FCB}', '\u{10FCB}', L),
    ('\u{11001}', '\u{11001}', T),
    ('\u{11038}', '\u{11046}', T),
    ('\u{11070}', '\u{11070}', T),
    ('\u{11073}', '\u{11074}', T),
    ('\u{1107F}', '\u{11081}', T),
    ('\u{110B3}', '\u{110B6}', T),
    ('\u{110B9}', '\u{110BA}', T),
    ('\u{110C2}', '\u{110C2}', T),
    ('\u{11100}', '\u{11102}', T),
    ('\u{11127}', '\u{1112B}', T),
    ('\u{1112D}', '\u{11134}', T),
    ('\u{11173}', '\u{11173}', T),
    ('\u{11180}', '\u{11181}', T),
    ('\u{111B6}', '\u{111BE}', T),
    ('\u{111C9}', '\u{111CC}', T),
    ('\u{111CF}', '\u{111CF}', T),
    ('\u{1122F}', '\u{11231}', T),
    ('\u{11234}', '\u{11234}', T),
    ('\u{11236}', '\u{11237}', T),
    ('\u{1123E}', '\u{1123E}', T),
    ('\u{11241}', '\u{11241}', T),
    ('\u{112DF}', '\u{112DF}', T),
    ('\u{112E3}', '\u{112EA}', T),
    ('\u{11300}', '\u{11301}', T),
    ('\u{1133B}', '\u{1133C}', T),
    ('\u{11340}', '\u{11340}', T),
    ('\u{11366}', '\u{1136C}', T),
    ('\u{11370}', '\u{11374}', T),
    ('\u{11438}', '\u{1143F}', T),
    ('\u{11442}', '\u{11444}', T),
    ('\u{11446}', '\u{11446}', T),
    ('\u{1145E}', '\u{1145E}', T),
    ('\u{114B3}', '\u{114B8}', T),
    ('\u{114BA}', '\u{114BA}', T),
    ('\u{114BF}', '\u{114C0}', T),
    ('\u{114C2}', '\u{114C3}', T),
    ('\u{115B2}', '\u{115B5}', T),
    ('\u{115BC}', '\u{115BD}', T),
    ('\u{115BF}', '\u{115C0}', T),
    ('\u{115DC}', '\u{115DD}', T),
    ('\u{11633}', '\u{1163A}', T),
    ('\u{1163D}', '\u{1163D}', T),
    ('\u{1163F}', '\u{11640}', T),
    ('\u{116AB}', '\u{116AB}', T),
    ('\u{116AD}', '\u{116AD}', T),
    ('\u{116B0}', '\u{116B5}', T),
    ('\u{116B7}', '\u{116B7}', T),
    ('\u{1171D}', '\u{1171F}', T),
    ('\u{11722}', '\u{11725}', T),
    ('\u{11727}', '\u{1172B}', T),
    ('\u{1182F}', '\u{11837}', T),
    ('\u{11839}', '\u{1183A}', T),
    ('\u{1193B}', '\u{1193C}', T),
    ('\u{1193E}', '\u{1193E}', T),
    ('\u{11943}', '\u{11943}', T),
    ('\u{119D4}', '\u{119D7}', T),
    ('\u{119DA}', '\u{119DB}', T),
    ('\u{119E0}', '\u{119E0}', T),
    ('\u{11A01}', '\u{11A0A}', T),
    ('\u{11A33}', '\u{11A38}', T),
    ('\u{11A3B}', '\u{11A3E}', T),
    ('\u{11A47}', '\u{11A47}', T),
    ('\u{11A51}', '\u{11A56}', T),
    ('\u{11A59}', '\u{11A5B}', T),
    ('\u{11A8A}', '\u{11A96}', T),
    ('\u{11A98}', '\u{11A99}', T),
    ('\u{11C30}', '\u{11C36}', T),
    ('\u{11C38}', '\u{11C3D}', T),
    ('\u{11C3F}', '\u{11C3F}', T),
    ('\u{11C92}', '\u{11CA7}', T),
    ('\u{11CAA}', '\u{11CB0}', T),
    ('\u{11CB2}', '\u{11CB3}', T),
    ('\u{11CB5}', '\u{11CB6}', T),
    ('\u{11D31}', '\u{11D36}', T),
    ('\u{11D3A}', '\u{11D3A}', T),
    ('\u{11D3C}', '\u{11D3D}', T),
    ('\u{11D3F}', '\u{11D45}', T),
    ('\u{11D47}', '\u{11D47}', T),
    ('\u{11D90}', '\u{11D91}', T),
    ('\u{11D95}', '\u{11D95}', T),
    ('\u{11D97}', '\u{11D97}', T),
    ('\u{11EF3}', '\u{11EF4}', T),
    ('\u{11F00}', '\u{11F01}', T),
    ('\u{11F36}', '\u{11F3A}', T),
    ('\u{11F40}', '\u{11F40}', T),
    ('\u{11F42}', '\u{11F42}', T),
    ('\u{13430}', '\u{13440}', T),
    ('\u{13447}', '\u{13455}', T),
    ('\u{16AF0}', '\u{16AF4}', T),
    ('\u{16B30}', '\u{16B36}', T),
    ('\u{16F4F}', '\u{16F4F}', T),
    ('\u{16F8F}', '\u{16F92}', T),
    ('\u{16FE4}', '\u{16FE4}', T),
    ('\u{1BC9D}', '\u{1BC9E}', T),
    ('\u{1BCA0}', '\u{1BCA3}', T),
    ('\u{1CF00}', '\u{1CF2D}', T),
    ('\u{1CF30}', '\u{1CF46}', T),
    ('\u{1D167}', '\u{1D169}', T),
    ('\u{1D173}', '\u{1D182}', T),
    ('\u{1D185}', '\u{1D18B}', T),
    ('\u{1D1AA}', '\u{1D1AD}', T),
    ('\u{1D242}', '\u{1D244}', T),
    ('\u{1DA00}', '\u{1DA36}', T),
    ('\u{1DA3B}', '\u{1DA6C}', T),
    ('\u{1DA75}', '\u{1DA75}', T),
    ('\u{1DA84}', '\u{1DA84}', T),
    ('\u{1DA9B}', '\u{1DA9F}', T),
    ('\u{1DAA1}', '\u{1DAAF}', T),
    ('\u{1E000}', '\u{1E006}', T),
    ('\u{1E008}', '\u{1E018}', T),
    ('\u{1E01B}', '\u{1E021}', T),
    ('\u{1E023}', '\u{1E024}', T),
    ('\u{1E026}', '\u{1E02A}', T),
    ('\u{1E08F}', '\u{1E08F}', T),
    ('\u{1E130}', '\u{1E136}', T),
    ('\u{1E2AE}', '\u{1E2AE}', T),
    ('\u{1E2EC}', '\u{1E2EF}', T),
    ('\u{1E4EC}', '\u{1E4EF}', T),
    ('\u{1E8D0}', '\u{1E8D6}', T),
    ('\u{1E900}', '\u{1E943}', D),
    ('\u{1E944}', '\u{1E94B}', T),
    ('\u{E0001}', '\u{E0001}', T),
    ('\u{E0020}', '\u{E007F}', T),
    ('\u{E0100}', '\u{E01EF}', T),
];

/// Mandatory lam-alef ligatures, sorted by alef: (alef, isolated, final).
#[rustfmt::skip]
pub(super) static LAM_ALEF: &[(char, char, char)] = &[
    ('\u{0622}', '\u{FEF5}', '\u{FEF6}'), // alef with madda above
    ('\u{0623}', '\u{FEF7}', '\u{FEF8}'), // alef with hamza above
    ('\u{0625}', '\u{FEF9}', '\u{FEFA}'), // alef with hamza below
    ('\u{0627}', '\u{FEFB}', '\u{FEFC}'), // alef
];
