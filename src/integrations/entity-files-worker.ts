/**
 * Worker-thread entry of the entity-files step (src/integrations/entity-files.ts): writes the
 * share of the files named in `workerData` and reports what it wrote and linked, and the keys. Plain Node (no Astro
 * runtime), like the graph stage's workers.
 */
import { parentPort, workerData } from "node:worker_threads";
import { writeEntityFiles, type EntityFilesJob } from "./entity-files.ts";

parentPort?.postMessage(writeEntityFiles(workerData as EntityFilesJob));
