import { basename, extname } from 'node:path';
import type { AssetModel } from './course-model.ts';

/**
 * Path of an asset inside a package: `assets/<first 8 hex of sha256>-<safe name>.<ext>`. The hash makes
 * names change with content (safe caching) and keeps two files of the same name apart.
 */
export function assetTarget(asset: AssetModel): string {
  const stem = basename(asset.source, extname(asset.source))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `assets/${asset.sha256.slice(0, 8)}-${stem || 'image'}.${asset.ext}`;
}
