import { DEPARTMENTS, type Recurrence, type TaskPriority } from '@ocop/domain';
import { accept, comment, report, returnReport, start, type StoryEvent } from './demo-plan-history';
import { DEMO_PRODUCERS } from './van-quan-2020';

/**
 * What the demo makes of each duty of the seed plan, and what had happened to it by 15/07/2020: short titles
 * for the document's long sentences, due dates (the year's end unless the text or the plan's targets give a
 * quarter), target and product links, and the reports and reviews of the first half of 2020. The wording of
 * reports is invented; so is every date not in the document. One overdue task (Phòng KT-HT's barcode support,
 * due 30/06/2020) and two due within the week (20 and 22/07/2020) make the deadline views worth a look.
 */

export type ProductKey = 'huu-le' | 'star-anise';
export type TargetCode = 'MT1' | 'MT2';
export type Due = { date: string } | { quarter: string };

export interface SeriesPlan {
  title: string;
  recurrence: Exclude<Recurrence, 'once'>;
  priority?: TaskPriority;
  /** What happened to each occurrence, by period ('2020-Q1'); an occurrence without a story is assigned. */
  stories: Readonly<Record<string, readonly StoryEvent[]>>;
}

interface DutyFields {
  /** A unit key, when the duty's lead is not the section's (III.10's second bullet, II.1's tasks). */
  lead?: string;
  cooperating?: string[];
  due?: Due;
  target?: TargetCode;
  link?: { product: ProductKey; dossier: boolean };
  priority?: TaskPriority;
  story?: readonly StoryEvent[];
}

export interface DutyPlan extends DutyFields {
  title: string;
  /** Recurring duties: series in place of a one-off task. */
  series?: SeriesPlan[];
  /** For a section given to every commune or producer: what differs for one of them (by unit key). */
  byUnit?: Readonly<Record<string, DutyFields>>;
  /** II.1 only: which of the section's two bullets the task carries out (0-based). */
  contentsBullet?: number;
}

export interface ActorPlan {
  /** A unit key, or every commune of the plan's district, or every demo producer. */
  lead: string;
  cooperating?: string[];
  /** One per duty of the document's section, in its order. */
  duties: DutyPlan[];
}

const producerKey = (name: string): string => {
  const producer = DEMO_PRODUCERS.find((p) => p.name === name);
  if (!producer) throw new Error(`demo plan: no demo producer "${name}"`);
  return `producer:${producer.id}`;
};
const HOANG_VAN_LOI = producerKey('Hộ kinh doanh Hoàng Văn Lợi');
const HTX_VAN_QUAN_XANH = producerKey('HTX Văn Quan Xanh');
const HUU_LE = 'commune:06322';
const VAN_QUAN_TOWN = 'commune:06253';

const Q1 = { quarter: '2020-Q1' };
const Q3 = { quarter: '2020-Q3' };
const HUU_LE_DOSSIER = { product: 'huu-le', dossier: true } as const;
const STAR_ANISE_DOSSIER = { product: 'star-anise', dossier: true } as const;
const STAR_ANISE = { product: 'star-anise', dossier: false } as const;
const HUU_LE_PRODUCT = { product: 'huu-le', dossier: false } as const;

const GUIDE_DOSSIER_PROCEDURES = 'Hướng dẫn chủ thể thực hiện thủ tục hồ sơ OCOP';

export const DEMO_PLAN_STORIES: Readonly<Record<string, ActorPlan>> = {
  'II.1': {
    lead: 'department:NNPTNT',
    duties: [
      {
        title: 'Hoàn thiện hồ sơ Rượu men lá Hữu Lễ',
        contentsBullet: 0,
        lead: HOANG_VAN_LOI,
        cooperating: ['department:NNPTNT', HUU_LE],
        due: Q1,
        target: 'MT1',
        link: HUU_LE_DOSSIER,
        priority: 'high',
        story: [
          report(
            '2020-02-20 15:30',
            60,
            'Chủ thể đã bổ sung phương án kinh doanh theo biểu số 03 (số liệu thị trường tiêu thụ, giá thành); ' +
              'đang làm thủ tục cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.',
          ),
          accept('2020-02-24 08:45'),
          report(
            '2020-03-20 10:45',
            100,
            'Đã có Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm; hồ sơ hoàn thiện, gửi lại huyện ngày 20/03/2020.',
          ),
          accept('2020-03-25 14:00'),
        ],
      },
      {
        title: 'Hướng dẫn chủ thể bổ sung hoàn thiện hồ sơ',
        contentsBullet: 0,
        cooperating: [HUU_LE],
        due: Q1,
        target: 'MT1',
        link: HUU_LE_DOSSIER,
        story: [
          start('2020-02-12 08:30'),
          report(
            '2020-03-13 16:00',
            100,
            'Đã hướng dẫn chủ thể và UBND xã Hữu Lễ bổ sung hai nội dung bị trả lại (phương án kinh doanh, ' +
              'giấy chứng nhận an toàn thực phẩm) và kiểm tra lại hồ sơ trước khi nộp.',
          ),
          accept('2020-03-16 08:30'),
        ],
      },
      {
        title: 'HTX Văn Quan Xanh hoàn thiện hồ sơ Tinh dầu hồi',
        contentsBullet: 1,
        lead: HTX_VAN_QUAN_XANH,
        cooperating: ['department:NNPTNT', 'department:TTYT', VAN_QUAN_TOWN],
        due: Q3,
        target: 'MT2',
        link: STAR_ANISE_DOSSIER,
        priority: 'high',
        story: [
          report(
            '2020-06-05 16:00',
            40,
            'Đã lập phiếu đăng ký sản phẩm và bản giới thiệu tổ chức của HTX; đang xây dựng phương án kinh doanh.',
          ),
          accept('2020-06-08 09:00'),
          report(
            '2020-07-10 15:00',
            60,
            'Đã hoàn thành dự thảo phương án kinh doanh; mẫu tinh dầu đã gửi kiểm nghiệm chỉ tiêu chất lượng.',
          ),
        ],
      },
      {
        title: 'Hội đồng huyện đánh giá sản phẩm Tinh dầu hồi',
        contentsBullet: 1,
        lead: 'department:BCD',
        cooperating: ['department:NNPTNT'],
        target: 'MT2',
        link: STAR_ANISE_DOSSIER,
      },
      {
        title: 'Nộp hồ sơ lên tỉnh',
        contentsBullet: 1,
        target: 'MT2',
        link: STAR_ANISE_DOSSIER,
      },
    ],
  },
  'III.1': {
    lead: 'department:BCD',
    duties: [
      {
        title: 'Chỉ đạo, điều phối, kiểm tra, giám sát triển khai Kế hoạch OCOP năm 2020',
        story: [
          report(
            '2020-06-30 16:00',
            50,
            'Đã phân công thành viên Ban Chỉ đạo phụ trách các xã; kiểm tra tại xã Hữu Lễ và thị trấn Văn Quan ' +
              'trong quý II (báo cáo bằng văn bản của Ban Chỉ đạo).',
          ),
          accept('2020-07-02 09:00'),
        ],
      },
      {
        title: 'Quán triệt, triển khai Nghị quyết 08/2019/NQ-HĐND đến các đối tượng thụ hưởng',
        story: [
          report(
            '2020-05-29 10:00',
            40,
            'Đã tổ chức hội nghị quán triệt Nghị quyết 08/2019/NQ-HĐND cho các phòng, ban và 17 xã, thị trấn ' +
              'ngày 28/05/2020.',
          ),
          accept('2020-06-01 08:30'),
        ],
      },
      { title: 'Tiếp nhận, tổng hợp, đánh giá, lựa chọn ý tưởng sản phẩm đăng ký' },
      {
        title: 'Đánh giá, xếp loại sản phẩm OCOP cấp huyện; chọn sản phẩm dự thi cấp tỉnh',
        target: 'MT2',
      },
    ],
  },
  'III.2': {
    lead: 'department:TGV',
    duties: [
      {
        title: 'Rà soát, tham mưu điều chỉnh, bổ sung sản phẩm tham gia Chương trình OCOP',
        due: { date: '2020-07-20' },
        story: [
          report(
            '2020-06-19 16:30',
            50,
            'Đã rà soát danh mục sản phẩm của 17 xã, thị trấn; dự thảo tờ trình điều chỉnh, bổ sung đang lấy ý ' +
              'kiến các phòng.',
          ),
          accept('2020-06-22 08:30'),
        ],
      },
      {
        title: 'Xử lý công việc thường nhật; chuẩn bị họp định kỳ và hội nghị đánh giá sản phẩm',
        story: [
          report('2020-04-02 15:00', 30, 'Đã chuẩn bị tài liệu cuộc họp Ban Chỉ đạo quý I.'),
          returnReport(
            '2020-04-03 09:00',
            'Báo cáo chưa nêu việc chuẩn bị hội nghị đánh giá sản phẩm; đề nghị bổ sung lịch và danh mục tài liệu.',
          ),
          report(
            '2020-04-06 10:00',
            35,
            'Đã chuẩn bị tài liệu họp quý I; dự kiến hội nghị đánh giá sản phẩm cấp huyện vào tháng 10/2020, ' +
              'danh mục tài liệu kèm theo.',
          ),
          accept('2020-04-07 08:00'),
        ],
      },
    ],
  },
  'III.3': {
    lead: 'department:NNPTNT',
    duties: [
      {
        title: 'Tham mưu Ban Chỉ đạo tổ chức triển khai Kế hoạch OCOP năm 2020',
        story: [
          report(
            '2020-06-30 17:00',
            50,
            'Đã tham mưu ban hành Kế hoạch và phân công nhiệm vụ; theo dõi tiến độ hai sản phẩm của năm.',
          ),
          accept('2020-07-01 08:00'),
        ],
      },
      {
        title: 'Tổ chức đánh giá, kiểm điểm kết quả thực hiện Chương trình OCOP quý',
        series: [
          {
            title: 'Tổ chức đánh giá, kiểm điểm kết quả thực hiện Chương trình OCOP quý',
            recurrence: 'quarterly',
            priority: 'high',
            stories: {
              '2020-Q1': [
                report(
                  '2020-03-31 16:30',
                  100,
                  'Ban Chỉ đạo đã họp kiểm điểm quý I ngày 31/03/2020: hồ sơ Rượu men lá Hữu Lễ đã hoàn thiện, ' +
                    'gửi lại huyện.',
                ),
                accept('2020-03-31 17:00'),
              ],
              '2020-Q2': [
                report(
                  '2020-06-30 15:00',
                  100,
                  'Ban Chỉ đạo đã họp kiểm điểm quý II ngày 30/06/2020: HTX Văn Quan Xanh đang hoàn thiện hồ sơ ' +
                    'Tinh dầu hồi; Phòng KT-HT chưa xong hỗ trợ mã số, mã vạch.',
                ),
                accept('2020-06-30 16:30'),
              ],
            },
          },
        ],
      },
      {
        title: 'Chuẩn bị nội dung họp của Ban Chỉ đạo và các báo cáo theo yêu cầu',
        story: [start('2020-02-17 08:00')],
      },
      {
        title:
          'Xây dựng kế hoạch phát triển sản phẩm chủ lực; hướng dẫn tiếp cận chính sách Nghị quyết 08/2019/NQ-HĐND',
      },
      {
        title:
          'Đôn đốc hỗ trợ liên kết sản xuất và hợp tác xã nông nghiệp (Điều 10 Nghị quyết 08/2019/NQ-HĐND)',
      },
      {
        title: GUIDE_DOSSIER_PROCEDURES,
        due: Q3,
        target: 'MT2',
        link: STAR_ANISE_DOSSIER,
        story: [
          report(
            '2020-06-12 16:00',
            50,
            'Đã hướng dẫn HTX Văn Quan Xanh lập phiếu đăng ký và phương án kinh doanh; còn hướng dẫn hồ sơ ' +
              'kiểm nghiệm và công bố chất lượng.',
          ),
          accept('2020-06-15 08:30'),
        ],
      },
      {
        title: 'Báo cáo kết quả thực hiện Chương trình OCOP',
        series: [
          {
            title: 'Báo cáo kết quả thực hiện Chương trình OCOP quý',
            recurrence: 'quarterly',
            stories: {
              '2020-Q1': [
                report(
                  '2020-03-27 16:00',
                  100,
                  'Đã gửi Báo cáo kết quả thực hiện Chương trình OCOP quý I/2020 về Sở NN&PTNT.',
                ),
                accept('2020-03-30 08:00'),
              ],
              '2020-Q2': [
                report(
                  '2020-06-26 16:00',
                  100,
                  'Đã gửi báo cáo quý II/2020 về Sở NN&PTNT và Ban Chỉ đạo tỉnh.',
                ),
                accept('2020-06-29 08:00'),
              ],
            },
          },
          {
            title: 'Báo cáo tổng kết thực hiện Chương trình OCOP năm 2020',
            recurrence: 'yearly',
            stories: {},
          },
        ],
      },
    ],
  },
  'III.4': {
    lead: 'department:KTHT',
    duties: [
      {
        title: 'Xúc tiến thương mại, mở rộng thị trường cho sản phẩm OCOP',
        story: [
          report(
            '2020-06-24 16:00',
            40,
            'Đã giới thiệu Rượu men lá Hữu Lễ và tinh dầu hồi tại gian hàng của huyện ở Hội chợ thương mại tỉnh ' +
              'tháng 6/2020.',
          ),
          accept('2020-06-26 08:30'),
        ],
      },
      {
        title: 'Hỗ trợ đăng ký mã số, mã vạch, ghi nhãn hàng hóa cho sản phẩm OCOP',
        due: { date: '2020-06-30' },
        link: STAR_ANISE,
        priority: 'high',
        story: [
          report(
            '2020-05-22 15:00',
            30,
            'Đã hướng dẫn HTX Văn Quan Xanh hồ sơ đăng ký mã số, mã vạch; chưa nộp do HTX chưa hoàn thiện mẫu nhãn.',
          ),
          accept('2020-05-25 08:30'),
          comment(
            '2020-07-06 08:30',
            'Nhiệm vụ đã quá hạn 30/06/2020. Đề nghị Phòng KT-HT báo cáo tiến độ và thời gian hoàn thành.',
          ),
        ],
      },
      {
        title:
          'Đôn đốc hỗ trợ mở rộng thị trường, phát triển thương hiệu (Điều 9 Nghị quyết 08/2019/NQ-HĐND)',
      },
      { title: GUIDE_DOSSIER_PROCEDURES },
    ],
  },
  'III.5': {
    lead: 'department:TCKH',
    duties: [
      { title: 'Hỗ trợ nghiệp vụ, chế độ quản lý tài chính cho tổ chức kinh tế tham gia OCOP' },
      {
        title: 'Tham mưu bố trí kinh phí thực hiện Kế hoạch OCOP năm 2020',
        due: { date: '2020-07-22' },
        story: [
          report(
            '2020-06-15 16:00',
            60,
            'Đã tổng hợp nhu cầu kinh phí hỗ trợ năm 2020; dự thảo tờ trình bố trí kinh phí trình UBND huyện ' +
              '(báo cáo bằng văn bản của Phòng TC-KH ngày 15/06/2020).',
          ),
          accept('2020-06-17 08:30'),
        ],
      },
      { title: 'Triển khai Chương trình OCOP gắn với chính sách đặc thù của Nghị quyết 08/2019/NQ-HĐND' },
      { title: GUIDE_DOSSIER_PROCEDURES },
      { title: 'Thẩm định, phê duyệt và quyết toán kinh phí thực hiện Chương trình OCOP' },
    ],
  },
  'III.6': {
    lead: 'department:TNMT',
    duties: [
      { title: 'Kiểm tra, giám sát môi trường tại cơ sở sản xuất, kinh doanh tham gia OCOP' },
      { title: 'Tham mưu hỗ trợ kinh phí sự nghiệp môi trường cho chủ thể OCOP' },
      { title: GUIDE_DOSSIER_PROCEDURES },
    ],
  },
  'III.7': {
    lead: 'department:TTYT',
    duties: [
      // The e2e test reports on this one: it stays assigned, without a report.
      {
        title: 'Hướng dẫn, hỗ trợ chủ thể có sản phẩm nhóm thảo dược',
        due: Q3,
        target: 'MT2',
        link: STAR_ANISE_DOSSIER,
        priority: 'high',
      },
      { title: GUIDE_DOSSIER_PROCEDURES },
    ],
  },
  'III.8': {
    lead: 'department:LDTBXH-DT',
    cooperating: ['department:NNPTNT'],
    duties: [
      { title: 'Xây dựng, triển khai kế hoạch đào tạo nghề cho lao động nông thôn gắn với sản phẩm OCOP' },
    ],
  },
  'III.9': {
    lead: 'department:TTVHTTTT',
    duties: [
      {
        title: 'Xây dựng chuyên mục, tuyên truyền về Chương trình OCOP trên phương tiện thông tin đại chúng',
        story: [
          report(
            '2020-05-15 16:00',
            40,
            'Đã phát 02 chuyên mục về Chương trình OCOP trên Đài truyền thanh huyện và đăng tin trên Trang thông ' +
              'tin điện tử huyện (báo cáo bằng văn bản của Trung tâm).',
          ),
          accept('2020-05-18 08:30'),
        ],
      },
    ],
  },
  'III.10': {
    lead: 'department:MTTQ',
    duties: [
      { title: 'Cụ thể hóa nhiệm vụ Kế hoạch OCOP theo lĩnh vực phụ trách' },
      {
        title: 'Thành viên Ban Chỉ đạo hướng dẫn, đôn đốc, kiểm tra các xã được phân công phụ trách',
        lead: 'department:BCD',
      },
      { title: 'Tuyên truyền, vận động hội viên, đoàn viên tham gia Chương trình OCOP' },
    ],
  },
  'III.11': {
    lead: 'communes',
    duties: [
      {
        title: 'Lồng ghép Chương trình OCOP vào chương trình phát triển kinh tế; vận động tham gia',
        byUnit: {
          [HUU_LE]: {
            story: [
              report(
                '2020-06-10 15:00',
                50,
                'Đã đưa nội dung OCOP vào kế hoạch phát triển kinh tế - xã hội năm 2020 của xã; vận động 02 hộ nấu ' +
                  'rượu tham gia.',
              ),
              accept('2020-06-12 08:30'),
            ],
          },
          [VAN_QUAN_TOWN]: {
            story: [
              report(
                '2020-06-11 09:30',
                50,
                'Đã lồng ghép vào kế hoạch phát triển kinh tế của thị trấn; vận động HTX Văn Quan Xanh tham gia ' +
                  'với sản phẩm tinh dầu hồi.',
              ),
              accept('2020-06-12 08:45'),
            ],
          },
        },
      },
      {
        title: 'Hỗ trợ tổ chức, cá nhân có sản phẩm OCOP hoàn thiện hồ sơ',
        byUnit: { [VAN_QUAN_TOWN]: { story: [start('2020-05-12 09:00')] } },
      },
      {
        title: 'Phân công cán bộ chuyên môn tham mưu thực hiện Chương trình OCOP',
        byUnit: {
          [HUU_LE]: {
            story: [
              report(
                '2020-02-28 10:00',
                100,
                'Đã phân công công chức Địa chính - Nông nghiệp theo dõi Chương trình OCOP của xã.',
              ),
              accept('2020-03-02 08:30'),
            ],
          },
          [VAN_QUAN_TOWN]: {
            story: [
              report(
                '2020-03-05 14:00',
                100,
                'Đã phân công công chức Địa chính - Nông nghiệp - Xây dựng tham mưu Chương trình OCOP.',
              ),
              accept('2020-03-06 08:30'),
            ],
          },
        },
      },
      {
        title: 'Tổng hợp nhu cầu tập huấn, đào tạo, đề xuất sản phẩm OCOP trình UBND huyện',
        byUnit: {
          [HUU_LE]: {
            story: [
              report(
                '2020-07-13 16:00',
                100,
                'Đã tổng hợp nhu cầu tập huấn của 03 chủ thể và đề xuất sản phẩm tham gia năm 2021, gửi Phòng ' +
                  'NN&PTNT.',
              ),
            ],
          },
        },
      },
      {
        title: 'Tuyên truyền Nghị quyết 08/2019/NQ-HĐND đến các đối tượng thụ hưởng',
        byUnit: {
          [VAN_QUAN_TOWN]: {
            story: [
              report(
                '2020-07-08 10:00',
                30,
                'Đã tuyên truyền qua hệ thống loa truyền thanh của thị trấn và tại 03 buổi họp khối phố.',
              ),
            ],
          },
        },
      },
      {
        title: 'Cùng chủ thể kiểm tra, hoàn thiện hồ sơ đủ điều kiện nộp huyện đánh giá',
        byUnit: {
          [HUU_LE]: {
            due: Q1,
            target: 'MT1',
            link: HUU_LE_DOSSIER,
            story: [
              report(
                '2020-03-19 16:00',
                100,
                'Đã cùng chủ thể kiểm tra hồ sơ Rượu men lá Hữu Lễ; hồ sơ đủ thành phần, gửi lại huyện ngày 20/03/2020.',
              ),
              accept('2020-03-25 14:10'),
            ],
          },
          [VAN_QUAN_TOWN]: {
            due: Q3,
            target: 'MT2',
            link: STAR_ANISE_DOSSIER,
            story: [
              report(
                '2020-06-04 10:00',
                50,
                'Đã cùng HTX Văn Quan Xanh kiểm tra phiếu đăng ký và bản giới thiệu tổ chức; còn phương án kinh ' +
                  'doanh và kết quả kiểm nghiệm.',
              ),
              accept('2020-06-08 09:10'),
            ],
          },
        },
      },
    ],
  },
  'III.12': {
    lead: 'producers',
    duties: [
      {
        title: 'Tổ chức sản xuất sản phẩm đạt tiêu chuẩn OCOP; xây dựng thương hiệu, xúc tiến thương mại',
        byUnit: {
          [HOANG_VAN_LOI]: {
            link: HUU_LE_PRODUCT,
            story: [
              report(
                '2020-06-20 09:00',
                60,
                'Hộ đã đăng ký nhãn hiệu và in nhãn mới cho sản phẩm; đang hoàn thiện bao bì.',
              ),
              accept('2020-06-23 08:30'),
            ],
          },
          [HTX_VAN_QUAN_XANH]: {
            link: STAR_ANISE,
            story: [
              report(
                '2020-06-18 15:00',
                40,
                'HTX đã lập phương án sản xuất tinh dầu hồi; đang thiết kế bao bì, nhãn sản phẩm.',
              ),
              accept('2020-06-22 08:45'),
            ],
          },
        },
      },
      {
        title: 'Tham gia hội chợ, triển lãm, quảng bá sản phẩm',
        byUnit: { [HOANG_VAN_LOI]: { link: HUU_LE_PRODUCT }, [HTX_VAN_QUAN_XANH]: { link: STAR_ANISE } },
      },
      {
        title: 'Xây dựng phương án sản xuất, kinh doanh; ứng dụng khoa học kỹ thuật trong sản xuất',
        byUnit: { [HOANG_VAN_LOI]: { link: HUU_LE_PRODUCT }, [HTX_VAN_QUAN_XANH]: { link: STAR_ANISE } },
      },
    ],
  },
  'III.13': {
    lead: 'department:NNPTNT',
    cooperating: DEPARTMENTS.filter((d) => d.code !== 'NNPTNT').map((d) => `department:${d.code}`),
    duties: [
      {
        title: 'Các đơn vị, UBND các xã, thị trấn xây dựng kế hoạch triển khai Đề án OCOP huyện',
        due: Q1,
        story: [
          report(
            '2020-03-24 16:00',
            100,
            'Các phòng, ban, đơn vị và UBND các xã, thị trấn đã ban hành kế hoạch triển khai; Phòng NN&PTNT đã ' +
              'tổng hợp.',
          ),
          accept('2020-03-26 08:00'),
        ],
      },
    ],
  },
};
