/**
 * mammoth, loaded on first use (~80 ms: a worker that reads only PDFs or
 * text never loads it), with its XML parsing stopped at the first problem.
 * mammoth parses each part with xmldom, collects what xmldom reports and
 * rejects the part if it reported anything; but xmldom carries on after
 * damage, inserting every later node at the document's top and copying its
 * child list each time: time quadratic in what follows the damage (a
 * damaged 400 KB part took 4-16 s, past the timeout on a busy machine, and
 * a file's status then depended on the machine's load). Throwing at the
 * first report gives the same verdict at once. mammoth's parsing function
 * (lib/xml/xmldom.js, looked up at each call) is replaced in place; should
 * a later mammoth not have it, nothing is replaced.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface XmlParserModule {
  parseFromString?: (text: string) => unknown;
}

type ErrorHandler = (level: string, message: string) => void;
type DomParserClass = new (options: { errorHandler: ErrorHandler }) => { parseFromString(text: string): unknown };

const require = createRequire(import.meta.url);

function stopAtFirstXmlProblem(): void {
  const lib = dirname(require.resolve('mammoth'));
  const parsing = require(join(lib, 'xml', 'xmldom.js')) as XmlParserModule;
  const { DOMParser } = require(require.resolve('@xmldom/xmldom', { paths: [lib] })) as { DOMParser?: DomParserClass };
  if (typeof parsing.parseFromString !== 'function' || typeof DOMParser !== 'function') return;
  parsing.parseFromString = (text: string) => {
    let first: string | undefined;
    const parser = new DOMParser({
      errorHandler: (level, message) => {
        first ??= `${level}: ${message.replace(/\s+/g, ' ').trim()}`;
        throw new Error(first);
      },
    });
    try {
      return parser.parseFromString(text);
    } catch (err) {
      // xmldom wraps what the handler threw into further reports: the first one says what is wrong.
      throw first === undefined ? err : new Error(first);
    }
  };
}

async function load() {
  const { default: mammoth } = await import('mammoth');
  stopAtFirstXmlProblem();
  return mammoth;
}

let loading: ReturnType<typeof load> | undefined;

export function loadMammoth(): ReturnType<typeof load> {
  loading ??= load();
  return loading;
}
