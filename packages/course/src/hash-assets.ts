import { createReadStream } from 'node:fs';
import type { AssetModel, CheckedAsset } from './course-model.ts';

/** SHA-256 of a file, streamed: media files may be large. */
function sha256(file: string): Promise<string> {
  // node:crypto when a model is built, not at every start of `dlis validate`, which hashes nothing (a static
  // import would load it with the loader's chunk).
  const { createHash } = process.getBuiltinModule('node:crypto');
  return new Promise((resolveHash, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolveHash(hash.digest('hex')));
  });
}

/** The checked assets with the SHA-256 of their content, for the model (same keys, same order). */
export async function hashAssets(
  assets: Readonly<Record<string, CheckedAsset>>,
): Promise<Record<string, AssetModel>> {
  const hashed = await Promise.all(
    Object.entries(assets).map(async ([path, { source, ...rest }]) => {
      const asset: AssetModel = { source, sha256: await sha256(source), ...rest };
      return [path, asset] as const;
    }),
  );
  return Object.fromEntries(hashed);
}
