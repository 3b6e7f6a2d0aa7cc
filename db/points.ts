/**
 * Question2Answer's default points weights (its admin "Points" page). Total points are
 * base + multiple × (activity + capped votes received); every term is recomputable from the rows.
 * Settings (#6) override these per site.
 */
export const defaultPointsWeights = {
  base: 100,
  multiple: 10,
  askQuestion: 2,
  postAnswer: 4,
  answerSelected: 30,
  selectAnswer: 3,
  questionUpvote: 1,
  questionDownvote: 1,
  answerUpvote: 2,
  answerDownvote: 2,
  /** What one question can earn (or lose) its asker from votes. */
  questionVoteCap: 10,
  /** What one answer can earn (or lose) its author from votes. */
  answerVoteCap: 20,
} as const

export type PointsWeights = { [K in keyof typeof defaultPointsWeights]: number }
