/** Plausible filler text for the scale seeder: cheap to make, varied enough for search and excerpts. */

const subjects = [
  'my partner',
  'my mother',
  'my therapist',
  'my best friend',
  'my boss',
  'my brother',
  'my teenager',
  'my husband',
  'my wife',
  'my flatmate',
  'my doctor',
  'my sister',
  'my colleague',
  'my ex',
]
const feelings = [
  'anxious',
  'exhausted',
  'lonely',
  'overwhelmed',
  'numb',
  'hopeful',
  'guilty',
  'angry',
  'stuck',
  'restless',
  'ashamed',
  'relieved',
  'confused',
  'sad',
]
const topics = [
  'sleep',
  'panic attacks',
  'boundaries',
  'grief',
  'burnout',
  'self-esteem',
  'breakups',
  'social anxiety',
  'motivation',
  'communication',
  'trust',
  'loneliness',
  'medication',
  'therapy',
  'parenting',
  'jealousy',
  'work stress',
  'routine',
  'exercise',
  'journaling',
]
const openers = [
  'How do I cope with',
  'Is it normal to struggle with',
  'What helped you with',
  'How can I talk to',
  'Why do I keep feeling',
  'Should I worry about',
  'How do I support',
  'What should I do about',
  'Is therapy worth it for',
  'How long does it take to get over',
]
const sentences = [
  'I have been thinking about this for weeks and I am not sure where to start.',
  'Some days are fine, but most evenings I end up feeling {feeling} again.',
  'We tried talking about it, but it always ends in an argument.',
  'I read that {topic} can make this worse, which worried me.',
  'A friend suggested I write things down before bed, and it helped a little.',
  'I do not want to overreact, but it is starting to affect my work.',
  'Has anyone been through something similar with {subject}?',
  'What actually made a difference for you, even something small?',
  'I am seeing a counsellor next month, but I would like to understand it better first.',
  'It helps to know I am not the only one dealing with {topic}.',
  'Try to notice what happens just before the feeling starts, and write it down.',
  'Small routines matter more than big resolutions: the same wake-up time, a short walk, regular meals.',
  'Talking to {subject} at a calm moment, not in the middle of a conflict, usually goes better.',
  'If it ever feels unsafe, please contact a crisis line or emergency services right away.',
  'A therapist can help you untangle this; many offer a first session to see if it fits.',
  'Be as kind to yourself as you would be to a friend in the same situation.',
]

export type Random = () => number

export function makeRandom(seed: number): Random {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!

function sentence(random: Random): string {
  return pick(random, sentences)
    .replace('{feeling}', pick(random, feelings))
    .replace('{topic}', pick(random, topics))
    .replace('{subject}', pick(random, subjects))
}

export function syntheticTitle(random: Random, n: number): string {
  const opener = pick(random, openers)
  const tail =
    random() < 0.5 ? pick(random, topics) : `feeling ${pick(random, feelings)} around ${pick(random, subjects)}`
  return `${opener} ${tail}? (#${n})`
}

export function syntheticBody(random: Random, sentenceCount: number): string {
  const parts: string[] = []
  for (let i = 0; i < sentenceCount; i++) parts.push(sentence(random))
  if (sentenceCount > 4) parts.splice(Math.floor(sentenceCount / 2), 0, '\n\n')
  return parts.join(' ').replace(/ \n\n /g, '\n\n')
}

export const syntheticTopics = topics
