// The OpenAPI 3.1 description served at /api/openapi.json. Kept by hand next to the
// routes (app.ts) so a change to one shows up in review next to the other.

const error = {
  description: 'Fout: een vaste code en een Nederlandse uitleg (nooit de tekst van de brief).',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const checkOptions = {
  format: { type: 'string', enum: ['text', 'markdown', 'html'], default: 'text' },
  preset: { type: 'string', enum: ['b1', 'streng'], default: 'b1' },
  config: { $ref: '#/components/schemas/Config' },
};
const docxUpload = {
  'multipart/form-data': {
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', contentMediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
        preset: { type: 'string', enum: ['b1', 'streng'] },
        config: { type: 'string', description: 'Config als JSON-tekst.' },
      },
    },
  },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    schema: { type: 'string', contentMediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  },
};
const commonErrors = { '400': error, '413': error, '415': error, '422': error, '429': error, '503': error };

export const openapi = {
  openapi: '3.1.0',
  info: {
    title: 'Helder',
    version: '0.1.0',
    summary: 'Controleer brieven aan inwoners op taalniveau B1 en een menselijke toon.',
    license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
  },
  paths: {
    '/api/check': {
      post: {
        summary: 'Controleer een tekst of een .docx-bestand.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['text'], properties: { text: { type: 'string', maxLength: 100000 }, ...checkOptions } },
            },
            ...docxUpload,
          },
        },
        responses: {
          '200': {
            description: 'Het rapport; voor een .docx ook de tekst en de alinea-indeling.',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    { $ref: '#/components/schemas/Report' },
                    {
                      type: 'object',
                      required: ['text', 'paragraphs', 'report'],
                      properties: { text: { type: 'string' }, paragraphs: { type: 'array' }, report: { $ref: '#/components/schemas/Report' } },
                    },
                  ],
                },
              },
            },
          },
          ...commonErrors,
        },
      },
    },
    '/api/rewrite': {
      post: {
        summary: 'Pas alle veilige verbeteringen toe (B1-versie).',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, ...checkOptions } },
            },
          },
        },
        responses: {
          '200': {
            description: 'De herschreven tekst en de toegepaste wijzigingen (posities in de oorspronkelijke tekst).',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    text: { type: 'string' },
                    edits: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: {
                          start: { type: 'integer' },
                          end: { type: 'integer' },
                          replacement: { type: 'string' },
                          ruleId: { type: 'string' },
                          actual: { type: 'string' },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          ...commonErrors,
        },
      },
    },
    '/api/annotate': {
      post: {
        summary: 'Lever een .docx in en krijg het terug met opmerkingen in de kantlijn.',
        requestBody: { required: true, content: docxUpload },
        responses: {
          '200': {
            description: 'Het .docx-bestand met opmerkingen.',
            content: { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {} },
          },
          ...commonErrors,
        },
      },
    },
    '/v2/check': {
      post: {
        summary: 'Compatibel met de HTTP-API van LanguageTool (alleen Nederlands).',
        description:
          'Posities (offset, length) tellen in UTF-16-code-units, net als LanguageTool. Opties: disabledRules, enabledRules, enabledOnly, disabledCategories.',
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                required: ['language'],
                properties: {
                  text: { type: 'string' },
                  data: { type: 'string', description: 'Geannoteerde tekst als JSON: {"annotation":[{"text":"..."},{"markup":"<p>","interpretAs":"\\n\\n"}]}' },
                  language: { type: 'string', enum: ['nl', 'nl-NL', 'auto'] },
                  disabledRules: { type: 'string' },
                  enabledRules: { type: 'string' },
                  enabledOnly: { type: 'string', enum: ['true', 'false'] },
                  disabledCategories: { type: 'string' },
                },
              },
            },
          },
        },
        responses: { '200': { description: 'Resultaat in het formaat van LanguageTool.' }, ...commonErrors },
      },
    },
    '/v2/languages': { get: { summary: 'Ondersteunde talen.', responses: { '200': { description: 'Lijst met talen.' } } } },
    '/healthz': { get: { summary: 'Leeft het proces?', responses: { '200': { description: 'ok' } } } },
    '/readyz': {
      get: { summary: 'Neemt Helder werk aan?', responses: { '200': { description: 'klaar' }, '503': { description: 'wordt afgesloten' } } },
    },
  },
  components: {
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
        },
      },
      Config: {
        type: 'object',
        properties: {
          preset: { type: 'string', enum: ['b1', 'streng'] },
          accept: { type: 'array', items: { type: 'string' } },
          reject: { type: 'array' },
          rules: { type: 'object', additionalProperties: true },
        },
      },
      Report: {
        type: 'object',
        description: 'Het rapport van @helder/core (versie 1). Posities in UTF-16-code-units.',
        required: ['version', 'language', 'stats', 'readability', 'sentences', 'messages', 'grade'],
        properties: {
          version: { const: 1 },
          language: { const: 'nl' },
          messages: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ruleId', 'category', 'severity', 'message', 'start', 'end', 'actual'],
              properties: {
                ruleId: { type: 'string' },
                category: { type: 'string', enum: ['woorden', 'zinnen', 'toon', 'structuur'] },
                severity: { type: 'string', enum: ['error', 'warning', 'suggestion'] },
                message: { type: 'string' },
                explanation: { type: 'string' },
                start: { type: 'integer' },
                end: { type: 'integer' },
                actual: { type: 'string' },
                expected: { type: 'array', items: { type: 'string' } },
                fix: { type: 'object' },
              },
            },
          },
          grade: { type: 'object' },
          readability: { type: 'object' },
          sentences: { type: 'array' },
          stats: { type: 'object' },
        },
      },
    },
  },
} as const;
