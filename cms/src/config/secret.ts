/**
 * Payload signs sessions with this. `npm start` generates one on first run and keeps it in the
 * data folder; in production it comes from the environment. There is no default on purpose.
 */
export const secret = (() => {
  const value = process.env.PAYLOAD_SECRET
  if (!value || value.length < 32) {
    throw new Error(
      'PAYLOAD_SECRET is missing or shorter than 32 characters. Start through `npm start` (which creates one in data/) or set it in the environment.',
    )
  }
  return value
})()
