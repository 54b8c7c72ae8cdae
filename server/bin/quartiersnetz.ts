#!/usr/bin/env node
// The `quartiersnetz` command (package.json "bin"). Node 22 runs this TypeScript file directly.
import { runCli } from '../src/cli/main.ts'

process.exitCode = await runCli(process.argv.slice(2), process.env, {
  stdout: process.stdout,
  stderr: process.stderr,
})
