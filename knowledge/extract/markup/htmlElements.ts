/** Standard HTML element names: in plain markdown only these count as tags (`<YOUR-ID>` or `<arg>` stay text). */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr address article aside audio b bdi bdo blockquote body br button caption center cite code col ' +
    'colgroup data dd del details dfn div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 ' +
    'h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main mark meta nav noscript ' +
    'object ol optgroup option output p picture pre q s samp section select small source span strong sub ' +
    'summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr'
  ).split(' '),
);

/** Elements whose content is never text (dropped with the element). */
export const NON_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'svg', 'template', 'head']);

/**
 * Elements (and common MDX components) that sit inside a line of text; every other element starts a new
 * paragraph where it opens or closes.
 */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr b bdi bdo cite code data del dfn em font i img input ins kbd label mark q s samp small span ' +
    'strong sub sup time u var wbr Link Code InlineCode KeyboardKey Octicon StyledOcticon Label Token ' +
    'BranchName CounterLabel StateLabel'
  ).split(' '),
);
