/**
 * Person names: normalisation (for identity), author lists (`A, B, C et al.`), and the split of a
 * paper-feed line where the title runs straight into the author list with no separator
 * (`…in Recommender SystemsZhicheng He, Weiwen Liu, Wei Guo et al.`, seeds/001_…).
 */

const FOLD: Record<string, string> = { ł: "l", Ł: "l", ø: "o", Ø: "o", đ: "d", Đ: "d", ß: "ss", æ: "ae", Æ: "ae", œ: "oe", Œ: "oe", ı: "i", þ: "th" };

/**
 * Identity key of a name or title: accents and case removed, punctuation and spacing collapsed.
 * `Zoë  O'Brien` and `zoe o brien` give the same key; `Qiang Zhang` and `Qunshu Zhang` do not.
 */
export function normaliseKey(text: string): string {
  // Fast path: plain ASCII needs no Unicode decomposition (most names and titles).
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  let folded = text.normalize("NFKD").replace(/\p{M}+/gu, "");
  if (/[^\x00-\x7f]/.test(folded)) folded = folded.replace(/[łŁøØđĐßæÆœŒıþ]/g, (c) => FOLD[c] ?? c);
  return folded.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** An author list as shown: names in order, and whether it ended in "et al.". */
export interface AuthorList {
  names: string[];
  truncated: boolean;
}

const ET_AL = /,?\s+et\s+al\.?$/;

/** Parses `A, B, C et al.` (or `A, B`, or `A`) into names and the truncation flag. */
export function parseAuthorList(text: string): AuthorList {
  const trimmed = text.trim();
  const truncated = ET_AL.test(trimmed);
  const body = truncated ? trimmed.replace(ET_AL, "") : trimmed;
  const names = body.split(",").map((n) => n.trim()).filter((n) => n !== "");
  return { names, truncated };
}

/** Splits `names · affiliation` (scholar-card author lines) at the last ` · `. */
export function splitAffiliation(line: string): { authors: string; affiliation: string | null } {
  const at = line.lastIndexOf(" · ");
  if (at < 0) return { authors: line, affiliation: null };
  const affiliation = line.slice(at + 3).trim();
  return { authors: line.slice(0, at), affiliation: affiliation === "" ? null : affiliation };
}

/** Lowercase name particles (`van der Berg`, `de la Cruz`, `bin Ahmad`, `Ortega y Gasset`). */
const PARTICLES = new Set([
  "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "do", "du", "la", "le",
  "lo", "ter", "ten", "bin", "binti", "ibn", "al", "el", "y", "e", "zu", "af", "av",
]);
/** Particles that can open a name (`van der Berg`); `bin`, `y` only ever follow a given name. */
const LEADING_PARTICLES = new Set(["van", "von", "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "ter", "ten", "den", "der"]);
/** A word with a leading particle glued to its end (`Networksvan`): the split lies further right. */
const GLUED_PARTICLE = /\p{Ll}(van|von|de|del|della|di|da|du|dos|das|la|le|ter|ten|den|der)$/u;

/** Lowercase words of titles that never appear in a name. */
const TITLE_STOPWORDS = new Set([
  "a", "an", "the", "and", "or", "of", "for", "with", "via", "on", "in", "to", "from", "into", "onto", "by", "as", "at",
  "is", "are", "be", "using", "towards", "toward", "under", "over", "through", "without", "based", "versus", "vs", "not",
  "its", "their", "our", "your", "can", "do", "does", "how", "what", "when", "why", "we", "learning", "model", "models",
]);

/** Surname prefixes after which an inner capital is normal (`McDonald`, `LeCun`, `DiCaprio`, `AlQuabeh`). */
const CAMEL_PREFIX = /^(Mc|Mac|Fitz|Le|La|De|Di|Da|Du|Van|Von|Ver|Ten|Del|Della|Des|St|Al|El|Ab|Abd|Ben)\p{Lu}\p{Ll}/u;

/** Capitalised words that open or fill titles far more often than names. */
const TITLE_WORDS = new Set([
  "The", "A", "An", "Of", "For", "And", "With", "Via", "On", "In", "To", "From", "Towards", "Toward", "Using",
  "Learning", "Model", "Models", "Network", "Networks", "Data", "Deep", "Neural", "Language", "Large",
  "System", "Systems", "Efficient", "Is", "Are", "Your", "How", "What", "Why", "When", "Does", "Beyond",
  "Through", "Without", "Based", "Framework", "Approach", "Analysis", "Benchmark", "Survey", "Agents",
]);

const PLAIN_TOKEN = /^\p{Lu}[\p{Ll}\p{M}'’]+(-\p{L}[\p{Ll}\p{M}'’]*)*\.?$/u;
const INITIALS = /^(\p{Lu}\.)+(-\p{Lu}\.)?$|^\p{Lu}\.-\p{Lu}\.$/u;
const APOSTROPHE_NAME = /^\p{Lu}['’]\p{Lu}[\p{Ll}\p{M}]+(-\p{L}[\p{Ll}\p{M}]*)*$/u;
const ALL_CAPS = /^\p{Lu}{2,}(-\p{Lu}{2,})?$/u;
const CAMEL = /^\p{Lu}[\p{Ll}\p{M}]+(\p{Lu}[\p{Ll}\p{M}]+)+(-\p{L}[\p{Ll}\p{M}]*)*$/u;
const UNCASED = /^[\p{Lo}\p{M}]+$/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}'’-]*$/u;
const NICKNAME = /^['"“‘(]\p{Lu}[\p{Ll}\p{M}]*['"”’)]$/u;
/** Organisation-like tokens with digits or mixed case (`Hunyuan3D`, `DeepSeek-AI`, `MiniCPM`). */
const ORG_TOKEN = /^[\p{Lu}\p{N}][\p{L}\p{N}]*([-.][\p{L}\p{N}]+)*\.?$/u;
/** Footnote marks some sources append to names (`Yi-Fan Zhang†`). */
const FOOTNOTE_MARKS = /[†‡*∗§¶]+$/u;
/**
 * One Hanyu Pinyin syllable. Chinese given names are often written in camel case (`JingJing`,
 * `ChengXiang`, `KaiQing`); two capitalised syllables are a name shape, not a glued title word.
 */
const PINYIN_SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uan|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)$/;

/**
 * Vietnamese and Korean name syllables that are not pinyin, seen written in camel case too
 * (`HoangVan`, `BuiDinh`, `NguyenQuang`, `JoungBin`).
 */
const OTHER_NAME_SYLLABLES = new Set([
  "nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "duong", "ly", "van", "thi",
  "minh", "quang", "dinh", "duc", "anh", "hieu", "hung", "thanh", "tuan", "trung", "son", "khoa", "phuc",
  "thao", "linh", "huong", "ngoc", "bao", "cuong", "dung", "hoa", "khanh", "loc", "nhat", "phong", "quoc",
  "tam", "thang", "tien", "toan", "tri", "truong", "tung", "viet", "vinh", "xuan", "hien", "hiep", "kien",
  "luan", "nghia", "nhan", "sang", "tai", "thinh", "tin", "trinh", "joung", "hyun", "seung", "woo", "young",
  "jae", "hye", "soo", "sung", "kyung", "jung", "joon", "hoon", "jin", "bin", "chul", "yeon", "eun",
]);

/** A syllable of a Chinese, Vietnamese or Korean given or family name. */
function isNameSyllable(part: string): boolean {
  const lower = part.toLowerCase();
  return PINYIN_SYLLABLE.test(lower) || OTHER_NAME_SYLLABLES.has(lower);
}

/** True for `JingJing`, `ChengXiang`, `HoangVan`: every capitalised part is a name syllable. */
function isPinyinCamel(token: string): boolean {
  const parts = token.match(/\p{Lu}\p{Ll}*/gu);
  if (!parts || parts.length < 2 || parts.join("") !== token) return false;
  return parts.every(isNameSyllable);
}

/** Where a token sits in a name, and whether the name is glued to a title (the first author). */
export type TokenPosition = "first" | "middle" | "last";

/**
 * How unlike a name token a word is: 0 for ordinary name shapes, small costs for rarer shapes
 * (all caps, camel case, lowercase surnames, organisation names), Infinity for what a name never
 * is (a title stop word, `:`, `?`). `glued` is true for the first author, whose first token was
 * cut out of the title: there a lowercase word can only be a leading particle.
 */
export function nameTokenCost(rawToken: string, position: TokenPosition, glued = false): number {
  const token = rawToken.length > 1 ? rawToken.replace(FOOTNOTE_MARKS, "") : rawToken;
  if (PLAIN_TOKEN.test(token)) return TITLE_WORDS.has(token) ? 1 : GLUED_PARTICLE.test(token) && position !== "last" ? 0.5 : 0;
  if (INITIALS.test(token)) return position === "last" ? 1 : 0;
  if (APOSTROPHE_NAME.test(token)) return 0;
  // `d'Almeida`, `l'Hôpital`: an elided lowercase particle glued to a capitalised surname.
  if (/^[dl]['’]\p{Lu}[\p{Ll}\p{M}]+$/u.test(token)) return position === "first" && glued ? Infinity : 0.25;
  if (CAMEL_PREFIX.test(token) && CAMEL.test(token)) return 0.5;
  if (PARTICLES.has(token)) {
    if (position === "last") return Infinity;
    if (position === "first") return LEADING_PARTICLES.has(token) ? 0.25 : Infinity;
    return 0.25;
  }
  if (UNCASED.test(token)) return 0.5;
  if (/^\p{Lu}$/u.test(token)) return position === "first" ? 2 : 0.5;
  if (ALL_CAPS.test(token)) return position === "first" ? 1.5 : 1;
  if (CAMEL.test(token)) return isPinyinCamel(token) ? 0.5 : 3;
  if (NICKNAME.test(token)) return 1;
  if (LOWER_WORD.test(token)) return glued || TITLE_STOPWORDS.has(token) ? Infinity : 2;
  if (/^[^-]+(-[^-]+)+$/.test(token)) {
    // Double-barrelled names whose parts have their own shapes: `O'Brien-McDonald`.
    const parts = token.split("-");
    let cost = 0;
    for (const part of parts) cost += /^\p{Ll}+$/u.test(part) ? 0.5 : nameTokenCost(part, "middle");
    if (cost !== Infinity) return cost;
  }
  if (ORG_TOKEN.test(token)) return 3;
  return Infinity;
}

/** Last words of author entries that are organisations (`Meituan LongCat Team`, `Shanghai AI Lab`). */
const ORGANISATION_WORDS = new Set(["Team", "Lab", "Labs", "Group", "Consortium", "Collaboration", "Project", "Initiative", "Inc.", "Ltd."]);

/** How unlike a person's name a whole string is (sum of token costs; Infinity if impossible). */
export function nameCost(name: string, glued = false): number {
  // Co-authors recur from list to list: cache the cost of whole names (bounded).
  const cache = glued ? gluedCostCache : costCache;
  let cost = cache.get(name);
  if (cost === undefined) {
    if (cache.size > 200_000) cache.clear();
    cost = computeNameCost(name, glued);
    cache.set(name, cost);
  }
  return cost;
}
const costCache = new Map<string, number>();
const gluedCostCache = new Map<string, number>();

function computeNameCost(name: string, glued: boolean): number {
  const tokens = name.split(" ");
  if (tokens.length > 6 || name === "") return Infinity;
  // Organisation entries mix brand spellings (`LongCat`, `BAAI`) freely; cap each token's cost.
  const organisation = tokens.length > 1 && ORGANISATION_WORDS.has(tokens[tokens.length - 1]!);
  let cost = tokens.length === 1 ? 1 : 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === "") return Infinity;
    const tokenCost = nameTokenCost(token, i === 0 ? "first" : i === tokens.length - 1 ? "last" : "middle", glued && i === 0);
    cost += organisation && tokenCost !== Infinity && !LOWER_WORD.test(token) ? Math.min(tokenCost, 0.5) : tokenCost;
    if (cost === Infinity) return cost;
  }
  return cost;
}

/** Names known from elsewhere in the corpus (card author lists, profile owners), by normalised key. */
export type KnownNames = ReadonlySet<string>;

/** A paper-feed line split into title and authors. */
export interface TitleAuthorSplit {
  title: string;
  authors: string[];
  truncated: boolean;
  affiliation: string | null;
  /** Cost of the chosen split minus the best alternative's (≤ 0); 0 means a tie was broken by position. */
  margin: number;
  /** Number of splits that were plausible at all. */
  candidates: number;
}

const KNOWN_NAME_BONUS = 1.5;
const MAX_NAME_WORDS = 6;

/**
 * Splits a paper-feed line such as `ReMiT: RL-Guided Mid-Training for Iterative LLM
 * EvolutionJunjie Huang, Jiarui Qin, Di Yin et al.` into title and authors.
 *
 * The title ends inside a word (it is glued to the first author's first name), so every split is
 * a position inside a word where a name can start (a capital, or a particle like `van`). Each
 * split is scored: every author must look like a name (nameCost), a title whose last word looks
 * like a cut name (`…ModelsCheng`, `…Mc`) costs extra, and names seen elsewhere in the corpus
 * (`known`) earn a bonus. The cheapest split wins; ties go to the leftmost split, because the true
 * boundary is the first place where a name can start.
 */
export function splitTitleAndAuthors(line: string, known: KnownNames = new Set()): TitleAuthorSplit | null {
  const { authors: withoutAffiliation, affiliation } = splitAffiliation(line);
  const trimmed = withoutAffiliation.trim();
  const truncated = ET_AL.test(trimmed);
  const body = truncated ? trimmed.replace(ET_AL, "") : trimmed;

  // Segments between ", " (names never contain commas; titles may).
  const segments: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (;;) {
    const comma = body.indexOf(",", start);
    if (comma < 0) {
      segments.push({ start, text: body.slice(start) });
      break;
    }
    segments.push({ start, text: body.slice(start, comma) });
    start = comma + 1;
    while (body[start] === " ") start++;
  }

  let best: { cost: number; at: number } | null = null;
  let secondCost = Infinity;
  let candidates = 0;
  let laterCost = 0; // cost of the whole segments after the current one, all of them authors
  let laterKnown = 0; // how many of those are names known from elsewhere
  for (let s = segments.length - 1; s >= 0; s--) {
    const segment = segments[s]!;
    for (const offset of nameStarts(segment.text)) {
      const first = segment.text.slice(offset);
      let cost = nameCost(first, true);
      if (cost === Infinity) continue;
      // A split before a lowercase particle is a weaker signal than one before a capital, and
      // after a comma it is far likelier a cut given name (`Visha|al`, `Alexan|der`).
      if (!isUpper(first[0]!)) cost += body.lastIndexOf(", ", segment.start) >= 0 ? 2.5 : 1;
      cost += laterCost + titleEndCost(body.slice(0, segment.start + offset));
      // Case matters here: `di Yang` cut from `Xindi Yang` is not the known `Di Yang`.
      if (known.size > 0 && isUpper(first[0]!) && known.has(normaliseKey(first))) cost -= KNOWN_NAME_BONUS;
      cost -= laterKnown * KNOWN_NAME_BONUS;
      candidates++;
      const at = segment.start + offset;
      if (best === null || cost < best.cost || (cost === best.cost && at < best.at)) {
        if (best !== null) secondCost = Math.min(secondCost, best.cost);
        best = { cost, at };
      } else {
        secondCost = Math.min(secondCost, cost);
      }
    }
    const whole = nameCost(segment.text.trim());
    if (whole === Infinity || s === 0) break;
    laterCost += whole;
    if (known.size > 0 && known.has(normaliseKey(segment.text))) laterKnown++;
  }
  if (best === null) return null;
  const title = body.slice(0, best.at);
  const authors = body.slice(best.at).split(",").map((n) => n.trim()).filter((n) => n !== "");
  return { title, authors, truncated, affiliation, margin: best.cost - secondCost, candidates };
}

/** Offsets inside words of `segment` (within its last MAX_NAME_WORDS words) where a name can start. */
function nameStarts(segment: string): number[] {
  const starts: number[] = [];
  let words = 0;
  for (let i = segment.length - 1; i > 0; i--) {
    const c = segment[i]!;
    const prev = segment[i - 1]!;
    if (c === " ") {
      if (++words >= MAX_NAME_WORDS) break;
      continue;
    }
    if (prev === " " || prev === "-" || prev === "'" || prev === "’") continue;
    if (isUpper(c)) {
      starts.push(i);
    } else if (isLowerLetter(prev) && c >= "a" && c <= "z") {
      // A lowercase particle glued to the title's last word: `…Graphsvan der Berg`.
      const space = segment.indexOf(" ", i);
      if (space > i && LEADING_PARTICLES.has(segment.slice(i, space))) starts.push(i);
    }
  }
  return starts.reverse();
}

function isUpper(c: string): boolean {
  if (c >= "A" && c <= "Z") return true;
  if (c < "\u00c0") return false;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isLowerLetter(c: string): boolean {
  if (c >= "a" && c <= "z") return true;
  if (c < "\u00c0") return false;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/**
 * Extra cost when the title would end like a cut-off name: `…ModelsCheng` (a capitalised piece
 * glued to a lowercase run), `… Mc`, a lone capital (`…Shanghai A`), or `…, Hong` (a title whose
 * last comma-separated part is a lone name — what remains when the split falls inside the list).
 */
function titleEndCost(title: string): number {
  if (title === "") return Infinity;
  const lastSpace = title.lastIndexOf(" ");
  const lastWord = title.slice(lastSpace + 1);
  let cost = 0;
  if (/^(Mc|Mac|Le|La|De|Di|Da|Du|Van|Von|O|D|Fitz|St|Al)$/.test(lastWord)) cost += 1.5;
  else if (/^\p{Lu}$/u.test(lastWord) || /-\p{Lu}{1,2}$/u.test(lastWord)) cost += 1.5;
  else if (/\p{Ll}{2}\p{Lu}/u.test(lastWord)) cost += 2;
  const comma = title.lastIndexOf(", ");
  if (comma >= 0 && comma === lastSpace - 1) {
    // `…Xiao, Jing` + `Jing Xie`: the title would end in a lone syllable cut from `JingJing`.
    if (isNameSyllable(lastWord) || lastWord.length <= 2) cost += 3;
  }
  return cost;
}
