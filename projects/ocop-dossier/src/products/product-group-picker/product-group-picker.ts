import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { CATALOG_MESSAGES, isMessageKey, registerMessages, Translator } from '@ocop/common';
import {
  CRITERIA_SETS,
  CriteriaSetId,
  ProductGroupEntry,
  productGroupByCode,
  productGroupLeavesFor,
  productGroupsFor,
} from '@ocop/domain';

registerMessages(CATALOG_MESSAGES);

/** The set offered first: the demo and the plan are of 2020, a QĐ 1048 round. */
const DEFAULT_SET: CriteriaSetId = '1048';

interface GroupOption {
  code: string;
  label: string;
}

interface OptionGroup {
  label: string;
  options: GroupOption[];
}

/**
 * Chooses a product's group: first the criteria set whose classification applies (QĐ 1048/2019 or
 * QĐ 148/2023), then a storable group of that set's tree, the top level of the tree as option groups. Plain
 * radios and a select, so it works with the keyboard and screen readers as the browser makes them.
 * Switching the set clears the choice, since a code belongs to one set only.
 */
@Component({
  selector: 'ocop-product-group-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-group-picker.html',
  styleUrls: ['../../../../ocop-common/src/styles/controls.css', './product-group-picker.css'],
})
export class ProductGroupPicker {
  /** The chosen code ('' for none). */
  readonly code = input('');
  /** The select's id, for the form's label lookups and error references. */
  readonly selectId = input('np-group');
  readonly invalid = input(false);
  readonly describedBy = input<string | null>(null);
  readonly codeChange = output<string>();

  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly sets = CRITERIA_SETS;

  /** Follows the chosen code's set; stays where the user put it while nothing is chosen. */
  protected readonly set = linkedSignal<string, CriteriaSetId>({
    source: this.code,
    computation: (code, previous) => productGroupByCode(code)?.setId ?? previous?.value ?? DEFAULT_SET,
  });

  protected readonly label = computed(() =>
    this.set() === '148' ? this.t('productGroupPicker.group.148') : this.t('newProduct.group'),
  );

  protected readonly groups = computed<OptionGroup[]>(() => {
    const set = this.set();
    const leaves = productGroupLeavesFor(set);
    return productGroupsFor(set).map((top) => ({
      label: this.levelName(set, top),
      options: leaves.filter((leaf) => leaf.top.code === top.code).map((leaf) => this.option(leaf)),
    }));
  });

  protected chooseSet(set: CriteriaSetId): void {
    if (set === this.set()) return;
    this.set.set(set);
    if (this.code()) this.codeChange.emit('');
  }

  protected choose(event: Event): void {
    this.codeChange.emit((event.target as HTMLSelectElement).value);
  }

  /** 1048 phân nhóm by their number, as the decision and the paper forms cite them; 148 by name and nhóm. */
  private option(leaf: ProductGroupEntry): GroupOption {
    if (leaf.setId === '1048') {
      return { code: leaf.code, label: `${leaf.code}. ${this.i18n.productGroup(leaf.code, leaf.name)}` };
    }
    const between = leaf.path.slice(1).map((p) => this.levelName('148', p));
    return { code: leaf.code, label: [...between, this.levelName('148', leaf)].join(' › ') };
  }

  /** A level's name in the element's language; the domain's (Vietnamese) name when no translation exists. */
  private levelName(set: CriteriaSetId, level: { code: string; name: string }): string {
    const key =
      set === '148'
        ? `productGroupPicker.group148.${level.code}`
        : `productGroupPicker.sector1048.${level.code}`;
    return isMessageKey(key) ? this.t(key) : level.name;
  }
}
