// What an SVG logo may hold: known SVG drawing elements and presentation attributes, with
// namespaces resolved (a `script` under any prefix is still a script), no scripting, no event
// handlers, no animation, no foreignObject, and no reference outside the file (href, url(),
// @import). Anything else is reported by name. An allow-list: what it does not know, it refuses.
const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';
const XML = 'http://www.w3.org/XML/1998/namespace';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** Drawing tools' bookkeeping (Inkscape, Sodipodi, RDF metadata): inert in every browser. */
const EDITOR_NAMESPACES = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://creativecommons.org/ns#',
  'http://purl.org/dc/elements/1.1/',
]);

const ELEMENTS = new Set(
  [
    'svg g defs symbol use title desc metadata switch',
    'path rect circle ellipse line polyline polygon',
    'text tspan textPath',
    'linearGradient radialGradient stop pattern clipPath mask marker style image',
    'filter feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix',
    'feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB',
    'feFuncG feFuncR feGaussianBlur feMerge feMergeNode feMorphology feOffset fePointLight',
    'feSpecularLighting feSpotLight feTile feTurbulence',
  ]
    .join(' ')
    .split(' '),
);

const ATTRIBUTES = new Set(
  [
    'id class style lang tabindex role focusable transform version baseProfile preserveAspectRatio',
    'viewBox width height x y x1 y1 x2 y2 cx cy r rx ry fx fy fr d points pathLength',
    'dx dy rotate textLength lengthAdjust startOffset method spacing side',
    'fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap stroke-linejoin',
    'stroke-miterlimit stroke-dasharray stroke-dashoffset opacity color display visibility overflow',
    'clip-path clip-rule clipPathUnits mask maskUnits maskContentUnits marker-start marker-mid',
    'marker-end markerWidth markerHeight markerUnits refX refY orient',
    'font-family font-size font-weight font-style font-variant font-stretch letter-spacing',
    'word-spacing text-anchor text-decoration dominant-baseline alignment-baseline',
    'baseline-shift writing-mode direction unicode-bidi white-space paint-order vector-effect',
    'shape-rendering text-rendering image-rendering color-interpolation',
    'color-interpolation-filters mix-blend-mode isolation',
    'gradientUnits gradientTransform spreadMethod offset stop-color stop-opacity',
    'patternUnits patternContentUnits patternTransform',
    'filter filterUnits primitiveUnits result in in2 stdDeviation mode operator k1 k2 k3 k4',
    'values type tableValues slope intercept amplitude exponent order kernelMatrix divisor',
    'bias targetX targetY edgeMode kernelUnitLength preserveAlpha surfaceScale diffuseConstant',
    'specularConstant specularExponent lighting-color flood-color flood-opacity scale',
    'xChannelSelector yChannelSelector radius azimuth elevation z pointsAtX pointsAtY pointsAtZ',
    'limitingConeAngle baseFrequency numOctaves seed stitchTiles',
    'requiredExtensions systemLanguage aria-label aria-hidden aria-labelledby aria-describedby',
    'href',
  ]
    .join(' ')
    .split(' '),
);

/** A link that stays in the file, or an embedded raster image. */
const isInnerReference = (value: string) =>
  /^\s*#/.test(value) || /^\s*data:image\/(png|jpeg|gif|webp);/i.test(value);

/** CSS that reaches outside the file: @import, or url() to anything but a fragment. */
function cssDanger(css: string): string | undefined {
  if (/@import/i.test(css)) return 'an @import in CSS';
  const outside = [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)]
    .map((match) => match[2]!.trim())
    .find((target) => !target.startsWith('#'));
  if (outside !== undefined) return `a url(${outside}) in CSS`;
  if (/expression\s*\(|javascript:/i.test(css)) return 'script in CSS';
  return undefined;
}

type XmlNode = Record<string, unknown>;
type Scope = ReadonlyMap<string, string>;

function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(':');
  return colon === -1
    ? { prefix: '', local: name }
    : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/** The element's own namespace declarations on top of its parent's. */
function scopeOf(attributes: Record<string, string>, parent: Scope): Scope {
  const scope = new Map(parent);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'xmlns') scope.set('', value);
    else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
  }
  return scope;
}

function attributeProblem(
  element: string,
  name: string,
  value: string,
  scope: Scope,
): string | undefined {
  if (name === 'xmlns' || name.startsWith('xmlns:')) return undefined;
  const { prefix, local } = splitName(name);
  // Unprefixed attributes are in no namespace; a prefix must be declared.
  const namespace = prefix === '' ? '' : prefix === 'xml' ? XML : scope.get(prefix);
  if (namespace === undefined) return `an attribute of an undeclared namespace (${name})`;
  if (local.toLowerCase().startsWith('on')) return `an event handler (${name} on <${element}>)`;
  if (namespace === XMLNS) return undefined;
  if (namespace === XML) return local === 'space' || local === 'lang' ? undefined : `${name}`;
  if (EDITOR_NAMESPACES.has(namespace)) return undefined;
  if (namespace === XLINK && local !== 'href' && local !== 'title') return `an xlink:${local}`;
  if (namespace !== '' && namespace !== XLINK) {
    return `an attribute of another namespace (${name}, ${namespace})`;
  }
  if (local === 'href') {
    return isInnerReference(value)
      ? undefined
      : `an external reference (${name}="${value}" on <${element}>)`;
  }
  if (namespace === '' && !ATTRIBUTES.has(local)) return `an unknown attribute (${name})`;
  const danger = local === 'style' || /url\(/i.test(value) ? cssDanger(value) : undefined;
  return danger ? `${danger} (${name} on <${element}>)` : undefined;
}

function textOf(children: unknown): string {
  if (!Array.isArray(children)) return '';
  return children
    .map((child) => {
      const node = child as XmlNode;
      return typeof node['#text'] === 'string' ? node['#text'] : textOf(node['__cdata'] ?? []);
    })
    .join('');
}

/**
 * Walks the tree that fast-xml-parser gives with `preserveOrder` and collects what the allow-list
 * refuses. `scope` maps prefixes ('' for the default) to namespaces.
 */
export function svgRefusals(nodes: unknown, scope: Scope = new Map(), found = new Set<string>()) {
  if (!Array.isArray(nodes)) return found;
  for (const node of nodes as XmlNode[]) {
    const attributes = Object.fromEntries(
      Object.entries((node[':@'] ?? {}) as Record<string, unknown>).map(([name, value]) => [
        name.replace(/^@_/, ''),
        String(value),
      ]),
    );
    const name = Object.keys(node).find((key) => key !== ':@');
    if (!name || name === '#text' || name === '#comment' || name === '?xml') continue;
    if (name === '__cdata') continue;
    const inner = scopeOf(attributes, scope);
    const { prefix, local } = splitName(name);
    const namespace = inner.get(prefix);
    if (namespace === undefined) {
      found.add(`an element of an undeclared namespace (<${name}>)`);
      continue;
    }
    if (EDITOR_NAMESPACES.has(namespace)) continue;
    if (namespace !== SVG) {
      found.add(`an element of another namespace (<${name}>, ${namespace})`);
      continue;
    }
    if (!ELEMENTS.has(local)) {
      found.add(`a <${local}> element`);
      continue;
    }
    for (const [attribute, value] of Object.entries(attributes)) {
      const problem = attributeProblem(local, attribute, value, inner);
      if (problem) found.add(problem);
    }
    if (local === 'style') {
      const danger = cssDanger(textOf(node[name]));
      if (danger) found.add(`${danger} (<style>)`);
      continue;
    }
    svgRefusals(node[name], inner, found);
  }
  return found;
}
