/**
 * Train the shipped model: `npm run train`.
 * Data: fixtures/*.labeled.txt (not fixtures/holdout) and ../shared/corpus/dev.
 * The real pages count REAL_WEIGHT times. The seed document is never
 * trained on. Writes src/model/weights.json.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { REAL_WEIGHT, train, trainingSet } from '../src/model/train.js'
import { readLabeledFiles } from '../src/testing/files.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const fixtures = readLabeledFiles([`${root}fixtures`], false)
const real = existsSync(`${root}../shared/corpus/dev`) ? readLabeledFiles([`${root}../shared/corpus/dev`], false) : []
const t0 = performance.now()
const docs = trainingSet([...fixtures, ...real], true, (d) => (real.includes(d) ? REAL_WEIGHT : 1)).flat()
const model = train(docs)
writeFileSync(`${root}src/model/weights.json`, JSON.stringify(model) + '\n')
console.log(`trained on ${model.trainedOn.documents} documents, ${model.trainedOn.lines} lines in ${((performance.now() - t0) / 1000).toFixed(1)} s -> src/model/weights.json`)
