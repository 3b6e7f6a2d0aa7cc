import type { DemoQuestion } from './types'
import { questions1 } from './questions-1'
import { questions2 } from './questions-2'
import { questions3 } from './questions-3'
import { questions4 } from './questions-4'
import { questions5 } from './questions-5'
import { questions6 } from './questions-6'
import { questions7 } from './questions-7'
import { questions8 } from './questions-8'
import { questions9 } from './questions-9'
import { questions10 } from './questions-10'

export { demoUsers } from './users'
export { demoCategories } from './categories'

/** All hand-written demo questions, the therapist-ethics thread first. */
export const demoQuestions: DemoQuestion[] = [
  ...questions1,
  ...questions2,
  ...questions3,
  ...questions4,
  ...questions5,
  ...questions6,
  ...questions7,
  ...questions8,
  ...questions9,
  ...questions10,
]
