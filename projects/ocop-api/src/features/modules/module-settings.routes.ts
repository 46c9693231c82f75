import type { FastifyPluginAsync } from 'fastify';
import { OCOP_MODULES, type OcopRole } from '@ocop/domain';
import type { Db } from '../../db/db';
import { BODY_VALIDATED_BY_DOMAIN, bodyFields } from '../../http/body';
import { errorResponses, ref } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { changeModuleSetting } from './change-module-setting';
import { listModuleSettings } from './module-settings.repository';

/** The IT administrators switch modules; the province office may see how they are set. */
const SETTING_READERS: readonly OcopRole[] = ['ocop-admin', 'province-officer'];
const SETTING_WRITERS: readonly OcopRole[] = ['ocop-admin'];

const CHANGE_BODY = {
  type: 'object',
  required: ['enabled', 'version'],
  properties: {
    enabled: { type: 'boolean' },
    version: {
      type: 'integer',
      minimum: 0,
      description: 'The version of the setting as read (0 for a district still on the default)',
    },
    comment: { type: ['string', 'null'], maxLength: 1000, description: 'Why, for the audit trail' },
  },
};

export const moduleSettingRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/admin/module-settings',
    {
      config: { access: { roles: SETTING_READERS } },
      schema: {
        tags: ['admin'],
        summary:
          'Every current district of the province with the switch of every module (enabled unless changed)',
        response: {
          200: { type: 'array', items: ref('DistrictModuleSettings') },
          ...errorResponses(500),
        },
      },
    },
    async () => listModuleSettings(db),
  );

  app.put<{ Params: { districtCode: string; module: string } }>(
    '/admin/module-settings/:districtCode/:module',
    {
      // The body is checked by @ocop/domain parseModuleSettingChange (no type coercion: "false" is refused);
      // this also turns off the schema check of the path, which the use case does instead.
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: { roles: SETTING_WRITERS } },
      schema: {
        tags: ['admin'],
        summary: 'Switch one module on or off for one district (writes an audit entry)',
        description:
          '`version` must be the current version of the setting, else 409 STALE_VERSION (details: ' +
          '{ current: ModuleSetting }) and nothing is written. The setting and its audit entry are ' +
          'written in one transaction; asking for the state it already has changes nothing.',
        params: {
          type: 'object',
          required: ['districtCode', 'module'],
          properties: {
            districtCode: { type: 'string', pattern: '^[0-9]{3}$', description: 'A current district' },
            module: { type: 'string', enum: [...OCOP_MODULES] },
          },
        },
        body: CHANGE_BODY,
        response: {
          200: ref('ModuleSetting'),
          ...errorResponses(400, 415, 500),
          404: { ...ref('ApiError'), description: 'NOT_FOUND: no current district has this code' },
          409: { ...ref('ApiError'), description: 'STALE_VERSION (details: { current: ModuleSetting })' },
        },
      },
    },
    async (request) => {
      const { districtCode, module } = request.params;
      return changeModuleSetting(db, callerOf(request), districtCode, module, bodyFields(request.body));
    },
  );
};
