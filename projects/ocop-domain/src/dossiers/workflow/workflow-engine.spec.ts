import { COMMUNE_REGIME_2025 } from './commune-regime-2025';
import { DISTRICT_REGIME_1048 } from './district-regime';
import { availableActions, checkTransition, type WorkflowActor } from './workflow-engine';

const HUU_LE = { communeCode: '06322', districtCode: '184' };
const draftOfHuuLe = { ...HUU_LE, state: 'draft' };
const submittedOfHuuLe = { ...HUU_LE, state: 'submitted' };

const huuLeCommuneOfficer: WorkflowActor = { roles: ['commune-officer'], ...HUU_LE };
const triLeCommuneOfficer: WorkflowActor = {
  roles: ['commune-officer'],
  communeCode: '06313',
  districtCode: '184',
};
const vanQuanDistrictOfficer: WorkflowActor = {
  roles: ['district-officer'],
  communeCode: null,
  districtCode: '184',
};
const caoLocDistrictOfficer: WorkflowActor = { ...vanQuanDistrictOfficer, districtCode: '183' };
const provinceOfficer: WorkflowActor = { roles: ['province-officer'], communeCode: null, districtCode: null };

const complete = { 'mandatory-items-present': true } as const;
const ids = (actions: { id: string }[]) => actions.map((a) => a.id);

describe('checkTransition (district regime)', () => {
  it('lets the commune officer of Hữu Lễ submit Hữu Lễ’s draft, with the district’s deadline', () => {
    expect(
      checkTransition(DISTRICT_REGIME_1048, draftOfHuuLe, huuLeCommuneOfficer, 'submit', complete, {
        today: '2025-01-28',
      }),
    ).toEqual({ ok: true, to: 'submitted', deadline: '2025-02-11' });
  });

  it('leaves the deadline out when the caller gives no date', () => {
    expect(
      checkTransition(DISTRICT_REGIME_1048, draftOfHuuLe, huuLeCommuneOfficer, 'submit', complete),
    ).toEqual({ ok: true, to: 'submitted' });
  });

  it('refuses the commune officer of another commune with OUT_OF_SCOPE', () => {
    expect(
      checkTransition(DISTRICT_REGIME_1048, draftOfHuuLe, triLeCommuneOfficer, 'submit', complete),
    ).toEqual({ ok: false, code: 'OUT_OF_SCOPE', message: 'Hồ sơ không thuộc xã của bạn.' });
  });

  it('does not let the district officer submit', () => {
    expect(
      checkTransition(DISTRICT_REGIME_1048, draftOfHuuLe, vanQuanDistrictOfficer, 'submit', complete),
    ).toEqual({
      ok: false,
      code: 'ROLE_NOT_ALLOWED',
      message: 'Vai trò của bạn không được thực hiện “Gửi huyện”.',
    });
  });

  it('refuses accepting a draft with NOT_ALLOWED_IN_STATE', () => {
    expect(
      checkTransition(DISTRICT_REGIME_1048, draftOfHuuLe, vanQuanDistrictOfficer, 'accept', complete),
    ).toEqual({
      ok: false,
      code: 'NOT_ALLOWED_IN_STATE',
      message: 'Không thể thực hiện “Tiếp nhận” khi hồ sơ đang ở trạng thái “Đang chuẩn bị”.',
    });
  });

  it('refuses a district officer of another district with the district message', () => {
    const result = checkTransition(
      DISTRICT_REGIME_1048,
      submittedOfHuuLe,
      caoLocDistrictOfficer,
      'accept',
      complete,
    );
    expect(result).toEqual({ ok: false, code: 'OUT_OF_SCOPE', message: 'Hồ sơ không thuộc huyện của bạn.' });
  });

  it('refuses an unknown action and names it', () => {
    const result = checkTransition(DISTRICT_REGIME_1048, draftOfHuuLe, huuLeCommuneOfficer, 'publish', {});
    expect(result).toEqual({
      ok: false,
      code: 'UNKNOWN_ACTION',
      message: 'Quy trình “Quy trình cấp huyện (QĐ 1048/QĐ-TTg)” không có thao tác “publish”.',
    });
  });

  it('checks an evaluation step’s action like any other (role first), though no button offers it', () => {
    const result = checkTransition(DISTRICT_REGIME_1048, draftOfHuuLe, huuLeCommuneOfficer, 'certify', {});
    expect(result).toEqual({
      ok: false,
      code: 'ROLE_NOT_ALLOWED',
      message: 'Vai trò của bạn không được thực hiện “Công nhận kết quả cấp tỉnh”.',
    });
  });

  it('treats a state the definition does not know as not allowed', () => {
    const result = checkTransition(
      DISTRICT_REGIME_1048,
      { ...HUU_LE, state: 'scored' },
      vanQuanDistrictOfficer,
      'accept',
      complete,
    );
    expect(result.ok ? null : result.message).toBe(
      'Không thể thực hiện “Tiếp nhận” khi hồ sơ đang ở trạng thái “scored”.',
    );
  });

  it('never lets the IT administrator decide on a dossier', () => {
    const admin: WorkflowActor = { roles: ['ocop-admin'], communeCode: null, districtCode: null };
    for (const action of DISTRICT_REGIME_1048.actions) {
      const result = checkTransition(DISTRICT_REGIME_1048, submittedOfHuuLe, admin, action.id, complete);
      expect(result.ok ? 'OK' : result.code).toBe('ROLE_NOT_ALLOWED');
    }
  });

  describe('returning for supplementation', () => {
    const context = { today: '2025-02-03', givenDeadline: '2025-02-17' };

    it('needs a reason per returned item, and says so in Vietnamese', () => {
      const reason = 'Thành phần “Phương án sản xuất kinh doanh” chưa có lý do trả lại.';
      const result = checkTransition(
        DISTRICT_REGIME_1048,
        submittedOfHuuLe,
        vanQuanDistrictOfficer,
        'return',
        { 'reason-per-returned-item': reason },
        context,
      );
      expect(result).toEqual({
        ok: false,
        code: 'GUARD_FAILED',
        message: reason,
        details: [{ guard: 'reason-per-returned-item', reason }],
      });
    });

    it('uses the default reason when the caller only says false, and fails closed when it says nothing', () => {
      for (const guards of [{ 'reason-per-returned-item': false }, {}]) {
        const result = checkTransition(
          DISTRICT_REGIME_1048,
          submittedOfHuuLe,
          vanQuanDistrictOfficer,
          'return',
          guards,
          context,
        );
        expect(result.ok ? null : result.message).toBe('Mỗi thành phần trả lại phải có lý do cần bổ sung.');
      }
    });

    it('records the deadline the officer gave', () => {
      const result = checkTransition(
        DISTRICT_REGIME_1048,
        submittedOfHuuLe,
        vanQuanDistrictOfficer,
        'return',
        { 'reason-per-returned-item': true },
        context,
      );
      expect(result).toEqual({ ok: true, to: 'returned', deadline: '2025-02-17' });
    });

    it('needs a real deadline, not in the past, whatever the caller claims', () => {
      const cases: [string | undefined, string][] = [
        [undefined, 'Chưa nhập hạn bổ sung.'],
        ['17/02/2025', 'Hạn bổ sung không phải là một ngày hợp lệ.'],
        ['2025-02-30', 'Hạn bổ sung không phải là một ngày hợp lệ.'],
        ['2025-02-02', 'Hạn bổ sung không được trước ngày hôm nay.'],
      ];
      for (const [givenDeadline, message] of cases) {
        const result = checkTransition(
          DISTRICT_REGIME_1048,
          submittedOfHuuLe,
          vanQuanDistrictOfficer,
          'return',
          { 'reason-per-returned-item': true, 'deadline-given': true },
          givenDeadline === undefined ? { today: context.today } : { today: context.today, givenDeadline },
        );
        expect(result).toEqual({
          ok: false,
          code: 'GUARD_FAILED',
          message,
          details: [{ guard: 'deadline-given', reason: message }],
        });
      }
    });

    it('lists every failed guard at once', () => {
      const result = checkTransition(
        DISTRICT_REGIME_1048,
        submittedOfHuuLe,
        vanQuanDistrictOfficer,
        'return',
        {},
      );
      expect(result.ok ? [] : result.details?.map((d) => d.guard)).toEqual([
        'reason-per-returned-item',
        'deadline-given',
      ]);
    });
  });

  it('blocks submission while a mandatory item is missing', () => {
    const reason = 'Thiếu: Phiếu đăng ký sản phẩm OCOP.';
    const result = checkTransition(DISTRICT_REGIME_1048, draftOfHuuLe, huuLeCommuneOfficer, 'submit', {
      'mandatory-items-present': reason,
    });
    expect(result.ok ? null : [result.code, result.message]).toEqual(['GUARD_FAILED', reason]);
  });

  it('runs a dossier through draft → submitted → returned → resubmitted → accepted', () => {
    const steps: [WorkflowActor, string, Record<string, boolean>, string][] = [
      [huuLeCommuneOfficer, 'submit', complete, 'submitted'],
      [vanQuanDistrictOfficer, 'return', { 'reason-per-returned-item': true }, 'returned'],
      [huuLeCommuneOfficer, 'resubmit', complete, 'resubmitted'],
      [vanQuanDistrictOfficer, 'accept', complete, 'accepted'],
    ];
    let state = 'draft';
    for (const [actor, action, guards, to] of steps) {
      const result = checkTransition(DISTRICT_REGIME_1048, { ...HUU_LE, state }, actor, action, guards, {
        today: '2025-03-01',
        givenDeadline: '2025-03-15',
      });
      expect(result.ok ? result.to : result.code).toBe(to);
      state = to;
    }
    expect(availableActions(DISTRICT_REGIME_1048, { ...HUU_LE, state }, vanQuanDistrictOfficer)).toEqual([]);
  });

  it('continues accepted → forwarded → certified only through the evaluation steps', () => {
    const accepted = { ...HUU_LE, state: 'accepted' };
    expect(checkTransition(DISTRICT_REGIME_1048, accepted, vanQuanDistrictOfficer, 'forward', {})).toEqual({
      ok: true,
      to: 'forwarded',
    });
    expect(
      checkTransition(DISTRICT_REGIME_1048, accepted, vanQuanDistrictOfficer, 'not-forward', {}),
    ).toEqual({ ok: true, to: 'not-forwarded' });
    const forwarded = { ...HUU_LE, state: 'forwarded' };
    expect(checkTransition(DISTRICT_REGIME_1048, forwarded, provinceOfficer, 'certify', {})).toEqual({
      ok: true,
      to: 'certified',
    });
    expect(checkTransition(DISTRICT_REGIME_1048, forwarded, provinceOfficer, 'not-certify', {})).toEqual({
      ok: true,
      to: 'not-certified',
    });
    for (const actor of [vanQuanDistrictOfficer, provinceOfficer, huuLeCommuneOfficer]) {
      expect(availableActions(DISTRICT_REGIME_1048, forwarded, actor)).toEqual([]);
    }
  });
});

describe('withdrawal', () => {
  it('is open to the commune office for its commune and the district office for its district', () => {
    for (const actor of [huuLeCommuneOfficer, vanQuanDistrictOfficer]) {
      expect(checkTransition(DISTRICT_REGIME_1048, submittedOfHuuLe, actor, 'withdraw', {})).toEqual({
        ok: true,
        to: 'withdrawn',
      });
    }
  });

  it('is not open to another commune of the same district', () => {
    const result = checkTransition(
      DISTRICT_REGIME_1048,
      submittedOfHuuLe,
      triLeCommuneOfficer,
      'withdraw',
      {},
    );
    expect(result.ok ? 'OK' : result.code).toBe('OUT_OF_SCOPE');
  });

  it('leaves nothing to do once withdrawn', () => {
    const withdrawn = { ...HUU_LE, state: 'withdrawn' };
    for (const actor of [huuLeCommuneOfficer, vanQuanDistrictOfficer, provinceOfficer]) {
      expect(availableActions(DISTRICT_REGIME_1048, withdrawn, actor)).toEqual([]);
    }
  });
});

describe('availableActions', () => {
  it('offers the district officer return, accept and withdraw on a submitted dossier, with their guards', () => {
    const actions = availableActions(DISTRICT_REGIME_1048, submittedOfHuuLe, vanQuanDistrictOfficer);
    expect(actions.map((a) => [a.id, a.name, a.requires ?? []])).toEqual([
      ['return', 'Trả lại để bổ sung', ['reason-per-returned-item', 'deadline-given']],
      ['accept', 'Tiếp nhận', ['mandatory-items-present']],
      ['withdraw', 'Rút hồ sơ', []],
    ]);
  });

  it('offers the commune officer submit and withdraw on its draft, nothing on another commune’s', () => {
    expect(ids(availableActions(DISTRICT_REGIME_1048, draftOfHuuLe, huuLeCommuneOfficer))).toEqual([
      'submit',
      'withdraw',
    ]);
    expect(availableActions(DISTRICT_REGIME_1048, draftOfHuuLe, triLeCommuneOfficer)).toEqual([]);
  });

  it('combines the roles of an actor who holds several', () => {
    const both: WorkflowActor = { roles: ['commune-officer', 'district-officer'], ...HUU_LE };
    expect(ids(availableActions(DISTRICT_REGIME_1048, submittedOfHuuLe, both))).toEqual([
      'return',
      'accept',
      'withdraw',
    ]);
  });

  it('lets a role in scope win over another held role out of scope', () => {
    // A Tri Lễ commune officer who also sits in Văn Quan's district office may withdraw Hữu Lễ's dossier as the
    // district office.
    const both: WorkflowActor = { ...triLeCommuneOfficer, roles: ['commune-officer', 'district-officer'] };
    expect(checkTransition(DISTRICT_REGIME_1048, submittedOfHuuLe, both, 'withdraw', {}).ok).toBeTrue();
  });
});

describe('checkTransition (2025 regime)', () => {
  it('lets the province officer accept a dossier from any commune', () => {
    const elsewhere = { communeCode: '05977', districtCode: '178', state: 'submitted' };
    expect(checkTransition(COMMUNE_REGIME_2025, elsewhere, provinceOfficer, 'accept', complete)).toEqual({
      ok: true,
      to: 'accepted',
    });
  });

  it('has no part for the district officer', () => {
    for (const action of COMMUNE_REGIME_2025.actions) {
      const result = checkTransition(
        COMMUNE_REGIME_2025,
        submittedOfHuuLe,
        vanQuanDistrictOfficer,
        action.id,
        complete,
      );
      expect(result.ok ? 'OK' : result.code).toBe('ROLE_NOT_ALLOWED');
    }
  });

  it('labels submission “Gửi tỉnh”', () => {
    expect(availableActions(COMMUNE_REGIME_2025, draftOfHuuLe, huuLeCommuneOfficer)[0]?.name).toBe(
      'Gửi tỉnh',
    );
  });
});
