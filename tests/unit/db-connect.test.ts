import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createPool, isConnectionError } from '@/db/client'

describe('database connections', () => {
  const closers: (() => Promise<unknown>)[] = []
  afterEach(async () => {
    for (const close of closers.splice(0)) await close().catch(() => {})
  })

  it('give up on a server that accepts but never answers, with an error read as "unreachable"', async () => {
    // A TCP listener that says nothing: what a hung or firewalled database looks like to a client.
    const sockets: net.Socket[] = []
    const silent = net.createServer((socket) => void sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    closers.push(
      () =>
        new Promise((resolve) => {
          for (const socket of sockets) socket.destroy()
          silent.close(resolve)
        }),
    )
    const { port } = silent.address() as net.AddressInfo
    const pool = createPool(`postgres://nobody:secret@127.0.0.1:${port}/askwell`)
    closers.push(() => pool.end())
    const error = await pool.query('select 1').then(
      () => null,
      (err: unknown) => err,
    )
    expect(error).toBeInstanceOf(Error)
    expect(isConnectionError(error)).toBe(true)
  }, 30_000)
})
