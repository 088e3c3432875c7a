// 을/를, 으로/로 … chosen by the last syllable as read aloud (numbers, Latin letters, symbols included).

const DIGIT_READING = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
// Reading of the last power of ten when a number ends in zeros: 10 십, 100 백, 1000 천, 10^4.. 만 …
const POWER_READING = ['', '십', '백', '천', '만', '만', '만', '만', '억', '억', '억', '억', '조'];
const LATIN_READING: Record<string, string> = {
  a: '에이',
  b: '비',
  c: '씨',
  d: '디',
  e: '이',
  f: '에프',
  g: '지',
  h: '에이치',
  i: '아이',
  j: '제이',
  k: '케이',
  l: '엘',
  m: '엠',
  n: '엔',
  o: '오',
  p: '피',
  q: '큐',
  r: '알',
  s: '에스',
  t: '티',
  u: '유',
  v: '브이',
  w: '더블유',
  x: '엑스',
  y: '와이',
  z: '제트',
};
const SYMBOL_READING: Record<string, string> = {
  '%': '퍼센트',
  '％': '퍼센트',
  '‰': '퍼밀',
  '℃': '도',
  '°': '도',
  '㎡': '제곱미터',
  '㎥': '세제곱미터',
  '㎞': '킬로미터',
  '㎝': '센티미터',
  '㎜': '밀리미터',
  '㎏': '킬로그램',
  '㎎': '밀리그램',
  ℓ: '리터',
  '㎖': '밀리리터',
  $: '달러',
  '￦': '원',
  '₩': '원',
  '+': '플러스',
  '=': '는',
  '&': '앤드',
  '·': '',
};
// Closing punctuation is silent: look at what comes before it.
const SILENT = /[\s)\]}」』〉》>"'“”‘’.,·ㆍ:;!?~∼\-–—…]/;

/** The syllable a reader pronounces last in `s`, or null if nothing pronounceable. */
export function lastSpokenSyllable(s: string): string | null {
  let i = s.length;
  while (i > 0) {
    const ch = s[i - 1] ?? '';
    if (SILENT.test(ch)) {
      i--;
      continue;
    }
    if (/[가-힣]/.test(ch)) return ch;
    if (/[0-9]/.test(ch)) {
      let j = i;
      while (j > 0 && /[0-9,]/.test(s[j - 1] ?? '')) j--;
      const digits = s.slice(j, i).replace(/,/g, '');
      const trimmed = digits.replace(/0+$/, '');
      if (trimmed === '') return '영';
      const zeros = digits.length - trimmed.length;
      if (zeros > 0) return POWER_READING[Math.min(zeros, POWER_READING.length - 1)] ?? '만';
      return DIGIT_READING[Number(trimmed[trimmed.length - 1])] ?? null;
    }
    const lower = ch.toLowerCase();
    const latin = LATIN_READING[lower];
    if (latin) return latin[latin.length - 1] ?? null;
    const sym = SYMBOL_READING[ch];
    if (sym) return sym[sym.length - 1] ?? null;
    if (/[ㄱ-ㅎ]/.test(ch)) return ch; // bare consonant jamo: treat as having a final consonant
    i--;
  }
  return null;
}

/** 0 = no final consonant, 8 = ㄹ, other = some final consonant, -1 = unknown. */
function finalConsonant(s: string): number {
  const syl = lastSpokenSyllable(s);
  if (!syl) return -1;
  const code = syl.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28;
  return 1;
}

/** 을 after a final consonant, 를 after a vowel. */
export function objectParticle(s: string): '을' | '를' {
  return finalConsonant(s) > 0 ? '을' : '를';
}

/** 으로 after a final consonant other than ㄹ, 로 after a vowel or ㄹ. */
export function directionParticle(s: string): '으로' | '로' {
  const f = finalConsonant(s);
  return f > 0 && f !== 8 ? '으로' : '로';
}

export function subjectParticle(s: string): '이' | '가' {
  return finalConsonant(s) > 0 ? '이' : '가';
}

export function topicParticle(s: string): '은' | '는' {
  return finalConsonant(s) > 0 ? '은' : '는';
}

export function withParticle(s: string): '과' | '와' {
  return finalConsonant(s) > 0 ? '과' : '와';
}
