// In the packaged app the code lives in an asar archive, and worker scripts (with the modules and
// native addons they load) are shipped unpacked beside it (electron-builder.yml, asarUnpack): a
// worker must be started from app.asar.unpacked, where Node can read it as plain files.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function unpackedUrl(url: URL): URL {
  if (url.protocol !== 'file:') return url;
  const path = fileURLToPath(url);
  const marker = `${'app.asar'}`;
  const at = path.indexOf(marker);
  if (at < 0 || path.startsWith(`${marker}.unpacked`, at)) return url;
  const unpacked = `${path.slice(0, at)}${marker}.unpacked${path.slice(at + marker.length)}`;
  return existsSync(unpacked) ? pathToFileURL(unpacked) : url;
}
