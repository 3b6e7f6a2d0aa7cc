import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, getOk, test } from './fixtures'
import { samplePages } from './pages/sample-pages'

const VNU_JAR = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')

type VnuMessage = {
  type: string
  subType?: string
  url?: string
  lastLine?: number
  lastColumn?: number
  message: string
  extract?: string
}

/** Runs the Nu HTML Checker; it prints its JSON report on stderr and exits non-zero when it found errors. */
function runVnu(files: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

test('thread, home, category, tag and profile pages are valid HTML (W3C Nu checker)', async ({ request, paths }) => {
  test.setTimeout(120_000)
  const dir = await mkdtemp(path.join(tmpdir(), 'askwell-vnu-'))
  try {
    const files: string[] = []
    for (const { name, path: pagePath } of samplePages(paths)) {
      const html = await (await getOk(request, pagePath)).text()
      const file = path.join(dir, `${name}.html`)
      await writeFile(file, html)
      files.push(file)
    }

    const { code, stdout, stderr } = await runVnu(files)
    let messages: VnuMessage[]
    try {
      messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages
    } catch {
      throw new Error(`vnu did not print a JSON report (exit ${code}):\n${stderr}\n${stdout}`)
    }
    const errors = messages.filter(
      (m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error',
    )
    const report = errors
      .map(
        (m) =>
          `${path.basename(m.url ?? '?')}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.message}\n    ${(m.extract ?? '').replace(/\n/g, ' ')}`,
      )
      .join('\n')
    expect(errors, `HTML errors:\n${report}`).toEqual([])
    expect(code, `vnu exit code\n${stderr}`).toBe(0)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
