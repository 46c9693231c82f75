import {
  productGroupByCode,
  WORKFLOW_DEFINITIONS,
  type ProducerType,
  type RegistrationKind,
} from '@ocop/domain';

/** Vietnamese names of the codes the list exports write (the cells read like the screens). */
export const PRODUCER_TYPE_NAMES: Readonly<Record<ProducerType, string>> = {
  'doanh-nghiep': 'Doanh nghiệp',
  'hop-tac-xa': 'Hợp tác xã',
  'to-hop-tac': 'Tổ hợp tác',
  'ho-kinh-doanh': 'Hộ kinh doanh',
};

export const REGISTRATION_KIND_NAMES: Readonly<Record<RegistrationKind, string>> = {
  'first-time': 'Lần đầu',
  upgrade: 'Nâng hạng',
  're-evaluation': 'Đánh giá lại',
};

export const DEADLINE_FLAG_NAMES: Readonly<Record<string, string>> = {
  overdue: 'Quá hạn',
  'due-soon': 'Sắp đến hạn',
};

/** A dossier state's name in whichever workflow has it (the filter names a state, not a workflow). */
export function anyStateName(stateId: string): string {
  for (const definition of WORKFLOW_DEFINITIONS) {
    const state = definition.states.find((s) => s.id === stateId);
    if (state !== undefined) return state.name;
  }
  return stateId;
}

export function productGroupName(code: string): string {
  const group = productGroupByCode(code);
  return group === undefined ? code : `${code} – ${group.name}`;
}
