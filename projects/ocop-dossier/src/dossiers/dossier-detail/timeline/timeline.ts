import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import {
  DOSSIER_DETAIL_MESSAGES,
  registerMessages,
  TimelineEntries,
  TimelineEntryView,
  Translator,
} from '@ocop/common';
import { departmentName, DossierDetail, DossierTimelineEntry, Me, WorkflowDefinition } from '@ocop/domain';
import { DossierDetailStore } from '../dossier-detail.store';
import { isoDateText } from '../dossier-labels';

registerMessages(DOSSIER_DETAIL_MESSAGES);

type Json = Record<string, unknown>;

const STATUSES = ['missing', 'provided', 'returned'] as const;
type Status = (typeof STATUSES)[number];

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function isStatus(value: unknown): value is Status {
  return (STATUSES as readonly unknown[]).includes(value);
}

/**
 * The dossier's audit trail, oldest first: when, who in which role and unit, what changed (transitions by
 * the workflow's own names, item and file changes by item name), the comment, and a return's items with
 * their reasons. Read only: the API offers no way to change it.
 */
@Component({
  selector: 'ocop-dossier-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TimelineEntries],
  templateUrl: './timeline.html',
  styleUrls: [
    '../../../../../ocop-common/src/styles/controls.css',
    '../../../../../ocop-common/src/styles/timeline.css',
  ],
})
export class DossierTimeline {
  protected readonly store = inject(DossierDetailStore);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly entries = computed<TimelineEntryView[]>(() => {
    const dossier = this.store.dossier();
    if (!dossier) return [];
    const definition = this.store.definition();
    const me = this.store.me();
    return this.store.timeline().map((entry) => this.view(entry, dossier, definition, me));
  });

  private view(
    entry: DossierTimelineEntry,
    dossier: DossierDetail,
    definition: WorkflowDefinition | null,
    me: Me | null,
  ): TimelineEntryView {
    const from = record(entry.from);
    const to = record(entry.to);
    const { what, details } = this.describe(entry.action, from, to, dossier, definition);
    const returned = Array.isArray(to['returnedItems']) ? (to['returnedItems'] as unknown[]) : [];
    return {
      id: entry.id,
      at: entry.at,
      when: this.i18n.dateTime(entry.at),
      who: `${entry.actor.name} (${entry.actor.username})`,
      roles: entry.actor.roles.map((role) => this.t(`dossierDetail.role.${role}`)).join(', '),
      unit: this.unit(entry.actor, dossier, me),
      what,
      details,
      comment: entry.comment ? this.t('dossierDetail.timeline.comment', { text: entry.comment }) : null,
      returnedItems: returned.map(record).map((r) => ({
        name: this.itemName(dossier, text(r['itemId'])),
        reason: text(r['reason']) ?? '',
      })),
    };
  }

  private describe(
    action: string,
    from: Json,
    to: Json,
    dossier: DossierDetail,
    definition: WorkflowDefinition | null,
  ): { what: string; details: string[] } {
    const details: string[] = [];
    const item = this.itemName(dossier, text(to['itemId']) ?? text(from['itemId']));
    switch (action) {
      case 'create':
        return { what: this.t('dossierDetail.timeline.create'), details };
      case 'item-update': {
        const [before, after] = [from['status'], to['status']];
        const what =
          isStatus(before) && isStatus(after) && before !== after
            ? this.t('dossierDetail.timeline.itemStatus', {
                item,
                from: this.t(`dossierDetail.status.${before}`),
                to: this.t(`dossierDetail.status.${after}`),
              })
            : this.t('dossierDetail.timeline.item', { item });
        const [dateBefore, dateAfter] = [text(from['documentDate']), text(to['documentDate'])];
        if (dateBefore !== dateAfter) {
          details.push(
            this.t('dossierDetail.timeline.documentDate', {
              from: dateBefore ? isoDateText(dateBefore) : '—',
              to: dateAfter ? isoDateText(dateAfter) : '—',
            }),
          );
        }
        const remarks = text(to['remarks']);
        if (remarks !== null && remarks !== text(from['remarks'])) {
          details.push(this.t('dossierDetail.timeline.remarks', { text: remarks }));
        }
        return { what, details };
      }
      case 'attachment-add':
        return {
          what: this.t('dossierDetail.timeline.attachmentAdd', { file: text(to['fileName']) ?? '', item }),
          details,
        };
      case 'attachment-remove':
        return {
          what: this.t('dossierDetail.timeline.attachmentRemove', {
            file: text(from['fileName']) ?? text(to['fileName']) ?? '',
            item,
          }),
          details,
        };
    }
    const transition = definition?.actions.find((a) => a.id === action);
    if (!transition) return { what: action, details };
    const state = (value: unknown): string =>
      definition?.states.find((s) => s.id === value)?.name ?? text(value) ?? '';
    const [before, after] = [text(from['state']), text(to['state'])];
    const deadline = text(to['deadline']);
    if (deadline) details.push(this.t('dossierDetail.timeline.deadline', { date: isoDateText(deadline) }));
    return {
      what:
        before && after
          ? this.t('dossierDetail.timeline.transition', {
              action: transition.name,
              from: state(before),
              to: state(after),
            })
          : transition.name,
      details,
    };
  }

  private itemName(dossier: DossierDetail, itemId: string | null): string {
    if (!itemId) return '';
    return dossier.items.find((i) => i.definition.id === itemId)?.definition.name ?? itemId;
  }

  /** The actor's unit by name where this page knows it (the dossier's commune, the user's own units). */
  private unit(actor: DossierTimelineEntry['actor'], dossier: DossierDetail, me: Me | null): string | null {
    if (actor.departmentCode) return departmentName(actor.departmentCode) ?? actor.departmentCode;
    if (actor.communeCode) {
      if (actor.communeCode === dossier.commune.code) return dossier.commune.name;
      if (actor.communeCode === me?.commune?.code) return me.commune.name;
      return this.t('dossierDetail.timeline.unitCommune', { code: actor.communeCode });
    }
    if (actor.districtCode) {
      if (actor.districtCode === me?.district?.code) return me.district.name;
      return this.t('dossierDetail.timeline.unitDistrict', { code: actor.districtCode });
    }
    return actor.roles.includes('province-officer') ? this.t('shell.unit.province') : null;
  }
}
