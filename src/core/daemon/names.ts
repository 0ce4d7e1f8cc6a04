// Container names for `docker run` without --name, in the engine's `adjective_surname` form
// (moby pkg/namesgenerator). A subset of its tables; the choice comes from the lab's seed.
import type { Rng } from '../lab/random';

const LEFT = [
  'admiring', 'adoring', 'affectionate', 'agitated', 'amazing', 'angry', 'awesome', 'beautiful',
  'blissful', 'bold', 'boring', 'brave', 'busy', 'charming', 'clever', 'compassionate', 'competent',
  'condescending', 'confident', 'cool', 'cranky', 'crazy', 'dazzling', 'determined', 'distracted',
  'dreamy', 'eager', 'ecstatic', 'elastic', 'elated', 'elegant', 'eloquent', 'epic', 'exciting',
  'fervent', 'festive', 'flamboyant', 'focused', 'friendly', 'frosty', 'funny', 'gallant', 'gifted',
  'goofy', 'gracious', 'great', 'happy', 'hardcore', 'heuristic', 'hopeful', 'hungry', 'infallible',
  'inspiring', 'intelligent', 'interesting', 'jolly', 'jovial', 'keen', 'kind', 'laughing', 'loving',
  'lucid', 'magical', 'modest', 'musing', 'mystifying', 'naughty', 'nervous', 'nice', 'nifty',
  'nostalgic', 'objective', 'optimistic', 'peaceful', 'pedantic', 'pensive', 'practical', 'priceless',
  'quirky', 'quizzical', 'recursing', 'relaxed', 'reverent', 'romantic', 'sad', 'serene', 'sharp',
  'silly', 'sleepy', 'stoic', 'strange', 'stupefied', 'suspicious', 'sweet', 'tender', 'thirsty',
  'trusting', 'unruffled', 'upbeat', 'vibrant', 'vigilant', 'vigorous', 'wizardly', 'wonderful',
  'xenodochial', 'youthful', 'zealous', 'zen',
];

const RIGHT = [
  'agnesi', 'albattani', 'allen', 'almeida', 'archimedes', 'ardinghelli', 'aryabhata', 'austin',
  'babbage', 'banach', 'bardeen', 'bartik', 'bassi', 'bell', 'benz', 'bhabha', 'bhaskara', 'black',
  'blackburn', 'blackwell', 'bohr', 'booth', 'borg', 'bose', 'boyd', 'brahmagupta', 'brattain',
  'brown', 'buck', 'burnell', 'cannon', 'carson', 'cartwright', 'chandrasekhar', 'chaplygin',
  'chatelet', 'chatterjee', 'chebyshev', 'clarke', 'colden', 'cori', 'cray', 'curie', 'darwin',
  'davinci', 'dijkstra', 'dirac', 'dubinsky', 'easley', 'edison', 'einstein', 'elbakyan', 'elgamal',
  'elion', 'engelbart', 'euclid', 'euler', 'faraday', 'feistel', 'fermat', 'fermi', 'feynman',
  'franklin', 'gagarin', 'galileo', 'galois', 'gates', 'gauss', 'germain', 'goldberg', 'goldstine',
  'goldwasser', 'goodall', 'hamilton', 'haslett', 'hawking', 'heisenberg', 'hellman', 'hermann',
  'herschel', 'hertz', 'hodgkin', 'hofstadter', 'hoover', 'hopper', 'hugle', 'hypatia', 'jackson',
  'jang', 'jennings', 'jepsen', 'johnson', 'joliot', 'jones', 'kalam', 'kapitsa', 'keldysh',
  'keller', 'kepler', 'khorana', 'kilby', 'kirch', 'knuth', 'kowalevski', 'lalande', 'lamarr',
  'lamport', 'leakey', 'leavitt', 'lederberg', 'lehmann', 'lewin', 'lichterman', 'liskov', 'lovelace',
  'lumiere', 'mahavira', 'margulis', 'matsumoto', 'maxwell', 'mayer', 'mccarthy', 'mcclintock',
  'mclean', 'mcnulty', 'meitner', 'mendel', 'mendeleev', 'merkle', 'mestorf', 'mirzakhani', 'morse',
  'moser', 'murdock', 'napier', 'nash', 'neumann', 'newton', 'nightingale', 'nobel', 'noether',
  'northcutt', 'noyce', 'panini', 'pare', 'pascal', 'pasteur', 'payne', 'perlman', 'pike', 'poincare',
  'poitras', 'ptolemy', 'raman', 'ramanujan', 'ride', 'ritchie', 'robinson', 'roentgen', 'rosalind',
  'rubin', 'saha', 'sammet', 'satoshi', 'shamir', 'shannon', 'shaw', 'shirley', 'shockley', 'sinoussi',
  'snyder', 'solomon', 'spence', 'stonebraker', 'sutherland', 'swanson', 'swartz', 'swirles',
  'taussig', 'tereshkova', 'tesla', 'tharp', 'thompson', 'torvalds', 'tu', 'turing', 'varahamihira',
  'vaughan', 'villani', 'visvesvaraya', 'volhard', 'wescoff', 'wilbur', 'wiles', 'williams',
  'williamson', 'wilson', 'wing', 'wozniak', 'wright', 'wu', 'yalow', 'yonath', 'zhukovsky',
];

/** A free `adjective_surname`; like the engine, never `boring_wozniak`, and digits on retries. */
export function randomContainerName(rng: Rng, taken: (name: string) => boolean): string {
  for (let retry = 0; ; retry++) {
    let name = `${LEFT[rng.below(LEFT.length)]}_${RIGHT[rng.below(RIGHT.length)]}`;
    if (name === 'boring_wozniak') continue;
    if (retry > 0) name += String(rng.below(10));
    if (!taken(name)) return name;
  }
}
