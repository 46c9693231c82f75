import type { CriteriaSheet } from '../criteria-sheet';

/** Ngành Thảo dược › Nhóm/Phân nhóm Thảo dược khác. Data only: `decisions` says how the source's oddities were handled. */
export const SHEET_1048_THAO_DUOC_KHAC: CriteriaSheet = {
  setId: '1048',
  setVersion: '1048/2019',
  subgroupCode: '22',
  title: 'Ngành Thảo dược › Nhóm/Phân nhóm Thảo dược khác',
  parts: [
    {
      code: 'A',
      title: 'Sản phẩm và sức mạnh cộng đồng',
      max: 35,
      sections: [
        {
          number: '1',
          title: 'TỔ CHỨC SẢN XUẤT',
          criteria: [
            {
              code: '1.1',
              title: 'Nguồn nguyên liệu',
              max: 3,
              gate: {
                kind: 'exclude',
                text: 'Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc',
              },
              options: [
                {
                  text: 'Sử dụng nguyên liệu có nguồn gốc trong tỉnh dưới 50%',
                  points: 1,
                },
                {
                  text: 'Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 50% đến dưới 75%',
                  points: 2,
                },
                {
                  text: 'Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 75% đến 100%',
                  points: 3,
                },
              ],
            },
            {
              code: '1.2',
              title: 'Gia tăng giá trị',
              max: 3,
              options: [
                {
                  text: 'Chế biến đơn giản',
                  points: 1,
                },
                {
                  text: 'Chế biến',
                  points: 2,
                },
                {
                  text: 'Chế biến sâu (tạo ra sản phẩm chất lượng cao hơn)',
                  points: 3,
                },
              ],
            },
            {
              code: '1.3',
              title: 'Năng lực sản xuất đáp ứng yêu cầu phân phối',
              max: 4,
              note: '(Khả năng sản xuất đáp ứng nhu cầu về số lượng/quy mô của thị trường)',
              options: [
                {
                  text: 'Có năng lực, quy mô sản xuất mức độ nhỏ',
                  points: 1,
                },
                {
                  text: 'Có năng lực, quy mô sản xuất trung bình',
                  points: 2,
                },
                {
                  text: 'Có năng lực, quy mô sản xuất lớn',
                  points: 3,
                },
                {
                  text: 'Có năng lực, quy mô sản xuất lớn, có thể đáp ứng thị trường xuất khẩu',
                  points: 4,
                },
              ],
            },
            {
              code: '1.4',
              title: 'Liên kết sản xuất',
              max: 2,
              options: [
                {
                  text: 'Không có liên kết hoặc có nhưng không rõ ràng',
                  points: 0,
                },
                {
                  text: 'Có liên kết, chặt chẽ (phạm vi trong tỉnh)',
                  points: 1,
                },
                {
                  text: 'Liên kết chuỗi chặt chẽ (phạm vi trong tỉnh), quy mô lớn hoặc có hộ nghèo (trong tỉnh) tham gia liên kết.',
                  points: 2,
                },
              ],
            },
            {
              code: '1.5',
              title: 'Bảo vệ môi trường trong quá trình sản xuất',
              max: 5,
              options: [
                {
                  text: 'Có quan tâm (bằng hoạt động cụ thể) đến các tác động môi trường trong quá trình sản xuất',
                  points: 1,
                },
                {
                  text: 'Có đánh giá tác động môi trường/kế hoạch bảo vệ môi trường (hoặc tương đương) nhưng chưa theo quy định hiện hành',
                  points: 2,
                },
                {
                  text: 'Có đánh giá tác động môi trường/kế hoạch bảo vệ môi trường (hoặc tương đương) theo quy định hiện hành',
                  points: 3,
                },
                {
                  text: 'Có đánh giá tác động môi trường/kế hoạch bảo vệ môi trường (hoặc tương đương) theo quy định hiện hành; có minh chứng triển khai/áp dụng',
                  points: 4,
                },
                {
                  text: 'Có đánh giá tác động môi trường/kế hoạch bảo vệ môi trường (hoặc tương đương) theo quy định hiện hành; có minh chứng triển khai/áp dụng; có sử dụng/tái chế phụ phẩm, chất thải trong quá trình sản xuất',
                  points: 5,
                },
              ],
            },
            {
              code: '1.6',
              title: 'Sử dụng năng lượng, công nghệ thân thiện bền vững trong SX',
              max: 1,
              options: [
                {
                  text: 'Không sử dụng năng lượng hiện đại, bền vững, đáng tin cậy (sạch, tái tạo,...)/công nghệ thân thiện môi trường',
                  points: 0,
                },
                {
                  text: 'Có sử dụng năng lượng hiện đại, bền vững, đáng tin cậy (sạch, tái tạo,... )/công nghệ thân thiện môi trường',
                  points: 1,
                },
              ],
            },
          ],
        },
        {
          number: '2',
          title: 'PHÁT TRIỂN SẢN PHẨM',
          criteria: [
            {
              code: '2.1',
              title: 'Nguồn gốc ý tưởng sản phẩm',
              max: 3,
              options: [
                {
                  text: 'Phát triển dựa trên sản phẩm của nhà sản xuất khác, chỉ thay đổi nhãn hiệu',
                  points: 0,
                },
                {
                  text: 'Phát triển dựa trên sản phẩm của nhà sản xuất khác, có cải tiến về chất lượng, bao bì.',
                  points: 1,
                },
                {
                  text: 'Phát triển dựa trên ý tưởng của mình, sản phẩm chưa có trên thị trường',
                  points: 2,
                },
                {
                  text: 'Phát triển ý tưởng của mình gắn với bảo tồn sản phẩm truyền thông/đặc sản/thế mạnh của địa phương',
                  points: 3,
                },
              ],
            },
            {
              code: '2.2',
              title: 'Tính hoàn thiện của bao bì',
              max: 3,
              options: [
                {
                  text: 'Bao bì đơn giản, thông tin ghi nhãn chưa đầy đủ',
                  points: 0,
                },
                {
                  text: 'Bao bì đơn giản, thông tin ghi nhãn đầy đủ',
                  points: 1,
                },
                {
                  text: 'Bao bì phù hợp, thông tin ghi nhãn đầy đủ, có truy xuất nguồn gốc',
                  points: 2,
                },
                {
                  text: 'Bao bì phù hợp, thông tin ghi nhãn đầy đủ, có truy xuất nguồn gốc, có chứng nhận bảo hộ nhãn hiệu/kiểu dáng công nghiệp',
                  points: 3,
                },
              ],
            },
            {
              code: '2.3',
              title: 'Phong cách, hình thức của bao bì',
              max: 2,
              options: [
                {
                  text: 'Không thuận tiện, không đẹp',
                  points: 0,
                },
                {
                  text: 'Thuận tiện hoặc đẹp',
                  points: 1,
                },
                {
                  text: 'Thuận tiện, đẹp, sang trọng',
                  points: 2,
                },
              ],
            },
          ],
        },
        {
          number: '3',
          title: 'SỨC MẠNH CỘNG ĐỒNG',
          criteria: [
            {
              code: '3.1',
              title: 'Loại hình tổ chức sản xuất - kinh doanh',
              max: 3,
              options: [
                {
                  text: 'Hộ gia đình có đăng ký kinh doanh, tổ hợp tác (có giấy đăng ký kinh doanh của tổ trưởng), Công ty TNHH 1 thành viên, doanh nghiệp tư nhân (DNTN)',
                  points: 1,
                },
                {
                  text: 'Công ty TNHH hai thành viên trở lên, công ty cổ phần có vốn góp của cộng đồng địa phương < 51%',
                  points: 2,
                },
                {
                  text: 'HTX tổ chức, hoạt động theo Luật HTX 2012 hoặc công ty cổ phần có vốn góp của cộng đồng địa phương ≥ 51%',
                  points: 3,
                },
              ],
            },
            {
              code: '3.2',
              title: 'Sự tham gia của cộng đồng trong quản lý, điều hành',
              max: 2,
              note: 'Lựa chọn một trong hai trường hợp sau:',
              cases: [
                {
                  title: 'Tổ chức (Ban giám đốc, HĐQT/HĐTV hoặc tổ hợp tác)',
                  optionIndexes: [0, 1],
                },
                {
                  title: 'Giám đốc/Chủ hộ',
                  optionIndexes: [2, 3],
                },
              ],
              options: [
                {
                  text: 'Có < 50% số thành viên quản trị cao cấp (Ban giám đốc, HĐQT, HĐTV) tham gia quản lý là người trong tỉnh hoặc tổ hợp tác có số thành viên là người trong tỉnh < 50% số thành viên tổ hợp tác',
                  points: 1,
                },
                {
                  text: 'Có ≥ 50% số thành viên quản trị cao cấp (Ban giám đốc, HĐQT, HĐTV) tham gia quản lý là người trong tỉnh hoặc < 50% số thành viên quản trị cao cao cấp là người trong tỉnh nhưng có thành viên là phụ nữ địa phương',
                  points: 2,
                },
                {
                  text: 'Giám đốc/Chủ hộ không phải là người trong tỉnh',
                  points: 0,
                },
                {
                  text: 'Giám đốc/Chủ hộ là người trong tỉnh',
                  points: 1,
                },
              ],
            },
            {
              code: '3.3',
              title: 'Sử dụng lao động địa phương',
              max: 1,
              options: [
                {
                  text: 'Có sử dụng < 50% lao động là người địa phương',
                  points: 0,
                },
                {
                  text: 'Có sử dụng ≥ 50% lao động là người địa phương hoặc có thu nhập bình quân/lao động ≥ mức thu nhập bình quân/người đạt chuẩn nông thôn mới của địa phương tại thời điểm đánh giá.',
                  points: 1,
                },
              ],
            },
            {
              code: '3.4',
              title: 'Tăng trưởng sản xuất kinh doanh',
              max: 1,
              options: [
                {
                  text: 'Tăng trưởng < 10% về doanh thu so với năm trước liền kề',
                  points: 0,
                },
                {
                  text: 'Tăng trưởng ≥ 10% về doanh thu so với năm trước liền kề',
                  points: 1,
                },
              ],
            },
            {
              code: '3.5',
              title: 'Kế toán',
              max: 2,
              options: [
                {
                  text: 'Không có kế toán hoặc chỉ thuê kế toán khi có yêu cầu, thời vụ',
                  points: 0,
                },
                {
                  text: 'Có kế toán, công tác kế toán được thực hiện thường xuyên',
                  points: 1,
                },
                {
                  text: 'Có Tổ chức hệ thống kế toán',
                  points: 2,
                },
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'B',
      title: 'Khả năng tiếp thị',
      max: 25,
      sections: [
        {
          number: '4',
          title: 'TIẾP THỊ',
          criteria: [
            {
              code: '4.1',
              title: 'Khu vực phân phối chính',
              max: 5,
              options: [
                {
                  text: 'Thị trường trong huyện',
                  points: 1,
                },
                {
                  text: 'Thị trường ngoài huyện, có dưới 5 đại diện/đại lý phân phối',
                  points: 2,
                },
                {
                  text: 'Thị trường ngoài huyện, có ≥ 5 đại diện/đại lý phân phối',
                  points: 3,
                },
                {
                  text: 'Thị trường quốc tế',
                  points: 5,
                },
              ],
            },
            {
              code: '4.2',
              title: 'Tổ chức phân phối',
              max: 5,
              note: '(Gồm: Tổ chức kinh doanh, phân phối sản phẩm)',
              options: [
                {
                  text: 'Không có người chịu trách nhiệm quản lý phân phối',
                  points: 0,
                },
                {
                  text: 'Có người chịu trách nhiệm quản lý phân phối',
                  points: 1,
                },
                {
                  text: 'Có bộ phận/phòng quản lý phân phối',
                  points: 3,
                },
                {
                  text: 'Có bộ phận/phòng quản lý phân phối, có ứng dụng công nghệ thông tin trong quản lý',
                  points: 5,
                },
              ],
            },
            {
              code: '4.3',
              title: 'Quảng bá sản phẩm',
              max: 5,
              options: [
                {
                  text: 'Không có hoạt động quảng bá',
                  points: 0,
                },
                {
                  text: 'Có một số hoạt động quảng bá',
                  points: 1,
                },
                {
                  text: 'Có nhiều hoạt động quảng bá, có website của cơ sở, có tham gia hoạt động xúc tiến thương mại trong tỉnh',
                  points: 2,
                },
                {
                  text: 'Có nhiều hoạt động quảng bá, có website của cơ sở, có tham gia hoạt động xúc tiến thương mại ngoài tỉnh',
                  points: 3,
                },
                {
                  text: 'Có nhiều hoạt động quảng bá, có website của cơ sở, có tham gia hoạt động xúc tiến thương mại ngoài tỉnh và quốc tế',
                  points: 5,
                },
              ],
            },
          ],
        },
        {
          number: '5',
          title: 'CÂU CHUYỆN VỀ SẢN PHẨM',
          criteria: [
            {
              code: '5.1',
              title: 'Câu chuyện về sản phẩm',
              max: 5,
              options: [
                {
                  text: 'Không có câu chuyện (hoặc có nhưng không được tư liệu hóa)',
                  points: 0,
                },
                {
                  text: 'Có tài liệu giới thiệu về sản phẩm',
                  points: 1,
                },
                {
                  text: 'Có câu chuyện được tư liệu hóa (có cốt chuyện, nội dung cụ thể)',
                  points: 2,
                },
                {
                  text: 'Có câu chuyện được tư liệu hóa, được sử dụng trên nhãn/tờ rơi',
                  points: 3,
                },
                {
                  text: 'Có câu chuyện được tư liệu hóa, được sử dụng trên nhãn/tờ rơi và website',
                  points: 4,
                },
                {
                  text: 'Có câu chuyện được tư liệu hóa, được sử dụng cả trên nhãn/tờ rơi và sinh động trên website (dưới dạng hình ảnh, clip,…)',
                  points: 5,
                },
              ],
            },
            {
              code: '5.2',
              title: 'Trí tuệ/bản sắc địa phương',
              max: 3,
              note: 'Chỉ áp dụng khi có câu chuyện, đánh giá nội dung câu chuyện:',
              options: [
                {
                  text: 'Giống với câu chuyện sản phẩm ở nơi khác',
                  points: 0,
                },
                {
                  text: 'Tương đối giống câu chuyện sản phẩm ở nơi khác, có thay đổi một số yếu tố',
                  points: 1,
                },
                {
                  text: 'Có câu chuyện riêng',
                  points: 2,
                },
                {
                  text: 'Có câu chuyện riêng, thể hiện trí tuệ/bản sắc địa phương',
                  points: 3,
                },
              ],
            },
            {
              code: '5.3',
              title: 'Cấu trúc câu chuyện',
              max: 2,
              note: 'Chỉ áp dụng khi có câu chuyện',
              options: [
                {
                  text: 'Đơn giản',
                  points: 1,
                },
                {
                  text: 'Có đầy đủ các yếu tố của câu chuyện sản phẩm',
                  points: 2,
                },
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'C',
      title: 'Chất lượng sản phẩm',
      max: 40,
      sections: [
        {
          number: '6',
          title: 'CÔNG BỐ CHẤT LƯỢNG',
          criteria: [
            {
              code: '6',
              title: 'CÔNG BỐ CHẤT LƯỢNG',
              max: 3,
              gate: {
                kind: 'stop',
                text: 'Không đánh giá các bước tiếp theo nếu không có hồ sơ công bố tiêu chuẩn sản phẩm theo quy định',
              },
              options: [
                {
                  text: 'Có hồ sơ công bố tiêu chuẩn sản phẩm; tiêu chuẩn nguyên liệu/tiêu chuẩn bao bì sản phẩm',
                  points: 1,
                },
                {
                  text: 'Có hồ sơ công bố tiêu chuẩn sản phẩm; tiêu chuẩn nguyên liệu; tiêu chuẩn bao bì sản phẩm',
                  points: 2,
                },
                {
                  text: 'Có hồ sơ công bố tiêu chuẩn sản phẩm; tiêu chuẩn nguyên liệu; tiêu chuẩn bao bì; phiếu kiểm nghiệm theo tiêu chuẩn tại cơ quan kiểm nghiệm độc lập',
                  points: 3,
                },
              ],
            },
          ],
        },
        {
          number: '7',
          title: 'CHỈ TIÊU CẢM QUAN',
          criteria: [
            {
              code: '7',
              title: 'CHỈ TIÊU CẢM QUAN',
              max: 3,
              note: '(Kiểm tra theo tiêu chuẩn công bố)',
              options: [
                {
                  text: 'Không đạt',
                  points: 0,
                },
                {
                  text: 'Tương đối đạt',
                  points: 1,
                },
                {
                  text: 'Đạt',
                  points: 3,
                },
              ],
            },
          ],
        },
        {
          number: '8',
          title: 'SỰ TIỆN LỢI KHI SỬ DỤNG, BẢO QUẢN',
          criteria: [
            {
              code: '8',
              title: 'SỰ TIỆN LỢI KHI SỬ DỤNG, BẢO QUẢN',
              max: 5,
              options: [
                {
                  text: 'Không tiện lợi',
                  points: 0,
                },
                {
                  text: 'Tương đối tiện lợi',
                  points: 1,
                },
                {
                  text: 'Tiện lợi',
                  points: 3,
                },
                {
                  text: 'Rất tiện lợi',
                  points: 5,
                },
              ],
            },
          ],
        },
        {
          number: '9',
          title: 'HIỆU QUẢ SỬ DỤNG',
          criteria: [
            {
              code: '9',
              title: 'HIỆU QUẢ SỬ DỤNG',
              max: 8,
              note: 'Sử dụng trực tiếp sản phẩm hoặc thông qua tài liệu chính thống/kết quả nghiên cứu, minh chứng người sử dụng,...)',
              options: [
                {
                  text: 'Thấp, không rõ',
                  points: 1,
                },
                {
                  text: 'Có hiệu quả tương đối rõ',
                  points: 2,
                },
                {
                  text: 'Hiệu quả tốt',
                  points: 4,
                },
                {
                  text: 'Hiệu quả rất tốt',
                  points: 8,
                },
              ],
            },
          ],
        },
        {
          number: '10',
          title: 'TÍNH AN TOÀN',
          criteria: [
            {
              code: '10',
              title: 'TÍNH AN TOÀN',
              max: 3,
              note: '(Theo hồ sơ nghiên cứu, thử nghiệm,…)',
              options: [
                {
                  text: 'Tương đối an toàn',
                  points: 1,
                },
                {
                  text: 'An toàn',
                  points: 2,
                },
                {
                  text: 'Rất an toàn',
                  points: 3,
                },
              ],
            },
          ],
        },
        {
          number: '11',
          title: 'TÍNH ĐỘC ĐÁO',
          criteria: [
            {
              code: '11',
              title: 'TÍNH ĐỘC ĐÁO',
              max: 8,
              note: '(Chất lượng: Có nét riêng, khác biệt, không lẫn với sản phẩm khác, tiềm năng thành thương hiệu của địa phương)',
              options: [
                {
                  text: 'Trung bình',
                  points: 0,
                },
                {
                  text: 'Tương đối độc đáo',
                  points: 1,
                },
                {
                  text: 'Độc đáo',
                  points: 3,
                },
                {
                  text: 'Rất độc đáo',
                  points: 8,
                },
              ],
            },
          ],
        },
        {
          number: '12',
          title: 'ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM',
          criteria: [
            {
              code: '12',
              title: 'ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM',
              max: 5,
              gate: {
                kind: 'stop',
                text: 'Không đánh giá các bước tiếp theo nếu không có Giấy chứng nhận đủ điều kiện sản xuất theo quy định',
              },
              options: [
                {
                  text: 'Không có hoạt động kiểm soát chất lượng sản phẩm',
                  points: 0,
                },
                {
                  text: 'Có kế hoạch kiểm soát chất lượng sản phẩm',
                  points: 1,
                },
                {
                  text: 'Có ghi hồ sơ lô sản xuất',
                  points: 2,
                },
                {
                  text: 'Có kế hoạch kiểm soát chất lượng sản phẩm, có ghi hồ sơ lô sản xuất',
                  points: 3,
                },
                {
                  text: 'Có chứng nhận quản lý chất lượng tiên tiến (ISO/HACCP/GMP/…)',
                  points: 4,
                },
                {
                  text: 'Có đủ các thủ tục pháp lý để xuất khẩu vào thị trường đích',
                  points: 5,
                },
              ],
            },
          ],
        },
        {
          number: '13',
          title: 'CƠ HỘI THỊ TRƯỜNG TOÀN CẦU',
          criteria: [
            {
              code: '13',
              title: 'CƠ HỘI THỊ TRƯỜNG TOÀN CẦU',
              max: 5,
              options: [
                {
                  text: 'Có thể xuất khẩu đến thị trường khu vực',
                  points: 1,
                },
                {
                  text: 'Có thể xuất khẩu các thị trường ngoài khu vực',
                  points: 3,
                },
                {
                  text: 'Có thể xuất khẩu đến các thị trường có tiêu chuẩn cao (Mỹ, Nhật, EU...)',
                  points: 5,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  source:
    'Quyết định 1048/QĐ-TTg (21/8/2019), Phụ lục III, chép nguyên văn qua bản gõ lại của bên thứ ba (kho GitHub tranquangduc24011999/ommani_ocop, tệp mysql/init.sql, commit 41b9b54, dump ngày 29/7/2022) — chưa đối chiếu với văn bản gốc; xem docs/ocop-reference và criteria-1048-samples.',
  decisions: [
    '3.2: nguồn không ghi lựa chọn nào thuộc trường hợp nào; hai lựa chọn đầu (1/2 điểm) xếp vào trường hợp tổ chức (HĐQT/HĐTV/tổ hợp tác), hai lựa chọn sau (0/1 điểm) vào trường hợp giám đốc/chủ hộ, nên trường hợp này tối đa chỉ 1 điểm — cần kiểm tra với văn bản gốc.',
    '2.1: giữ nguyên chữ "bảo tồn sản phẩm truyền thông" như trong nguồn (nhiều khả năng là "truyền thống").',
    'Mục chỉ có một tiêu chí ("tiêu chí duy nhất của mục"): mã tiêu chí là số mục, tên là tên mục.',
    'Các ghi chú "Bị loại nếu …" / "không đánh giá các bước tiếp theo" được ghi thành gate (điều kiện dừng đánh giá); các ghi chú khác giữ là note.',
  ],
};
