import type { CriteriaSheet } from '../criteria-sheet';

/** Ngành Đồ uống › Nhóm Đồ uống có cồn › Phân nhóm Rượu trắng. Data only: `decisions` says how the source's oddities were handled. */
export const SHEET_1048_RUOU_TRANG: CriteriaSheet = {
  setId: '1048',
  setVersion: '1048/2019',
  subgroupCode: '15',
  title: 'Ngành Đồ uống › Nhóm Đồ uống có cồn › Phân nhóm Rượu trắng',
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
                  text: 'Liên kết chuỗi chặt chẽ (phạm vi trong tỉnh), quy mô lớn hoặc có hộ nghèo (trong tỉnh) tham gia liên kết',
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
                  text: 'Không sử dụng năng lượng hiện đại, bền vững, đáng tin cậy (sạch, tái tạo,…)/công nghệ thân thiện môi trường',
                  points: 0,
                },
                {
                  text: 'Có sử dụng năng lượng hiện đại, bền vững, đáng tin cậy (sạch, tái tạo,…)/công nghệ thân thiện môi trường',
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
                  text: 'Phát triển dựa trên sản phẩm của nhà sản xuất khác, chỉ thay đổi nhãn hiệu, có cải tiến về chất lượng, bao bì.',
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
              title: 'Phong cách của bao bì',
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
                  text: 'Hộ gia đình có đăng ký kinh doanh, tổ hợp tác (có giấy đăng ký kinh doanh của tổ trưởng), Công ty trách nhiệm hữu hạn (TNHH) 1 thành viên, doanh nghiệp tư nhân (DNTN)',
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
                  text: 'Có < 50% số thành viên quản trị cao cấp (Ban giám đốc, Hội đồng quản trị - HĐQT, Hội đồng thành viên - HĐTV) tham gia quản lý là người trong tỉnh hoặc tổ hợp tác có số thành viên là người trong tỉnh < 50% số thành viên của tổ hợp tác',
                  points: 1,
                },
                {
                  text: 'Có ≥ 50% số thành viên quản trị cao cấp (Ban giám đốc, HĐQT, HĐTV) tham gia quản lý là người trong tỉnh hoặc < 50% số thành viên quản trị cao cấp cao cấp là người trong tỉnh nhưng có thành viên là phụ nữ địa phương',
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
                  text: 'Có câu chuyện được tư liệu hóa (có cốt truyện, nội dung cụ thể)',
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
                  text: 'Có câu chuyện được tư liệu hóa, được sử dụng trên nhãn/tờ rơi và sinh động trên website (dưới dạng hình ảnh, clip,…)',
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
          title: 'CHỈ TIÊU CẢM QUAN',
          criteria: [
            {
              code: '6.1',
              title: 'Tạp chất lạ',
              max: 3,
              gate: {
                kind: 'stop',
                text: 'Nếu có tạp chất có nguy cơ mất an toàn thực phẩm như đất, côn trùng, lông, len … sẽ không đánh giá các bước tiếp theo',
              },
              options: [
                {
                  text: 'Có tạp chất',
                  points: 0,
                },
                {
                  text: 'Có rất ít tạp chất/có cặn, chấp nhận được',
                  points: 1,
                },
                {
                  text: 'Sạch, không phát hiện tạp chất/cặn',
                  points: 3,
                },
              ],
            },
            {
              code: '6.2',
              title: 'Màu sắc',
              max: 3,
              options: [
                {
                  text: 'Không trong suốt, chấp nhận được',
                  points: 0,
                },
                {
                  text: 'Tương đối trong suốt',
                  points: 1,
                },
                {
                  text: 'Trong suốt, không màu',
                  points: 3,
                },
              ],
            },
            {
              code: '6.3',
              title: 'Mùi',
              max: 6,
              options: [
                {
                  text: 'Khác thường hoặc không rõ mùi',
                  points: 0,
                },
                {
                  text: 'Mùi nhẹ, phù hợp (với đặc trưng nguyên liệu sử dụng, loại sản phẩm)',
                  points: 1,
                },
                {
                  text: 'Mùi mạnh, phù hợp',
                  points: 2,
                },
                {
                  text: 'Mùi mạnh, phù hợp, hấp dẫn',
                  points: 4,
                },
                {
                  text: 'Mùi mạnh, phù hợp, rất hấp dẫn',
                  points: 6,
                },
              ],
            },
            {
              code: '6.5',
              title: 'Vị',
              max: 8,
              options: [
                {
                  text: 'Vị khác thường hoặc không rõ vị',
                  points: 0,
                },
                {
                  text: 'Tương đối rõ, chấp nhận được',
                  points: 1,
                },
                {
                  text: 'Vị đậm, phù hợp (với đặc trưng nguyên liệu sử dụng, loại sản phẩm)',
                  points: 3,
                },
                {
                  text: 'Vị đậm, dịu, phù hợp',
                  points: 5,
                },
                {
                  text: 'Vị đậm, dịu, phù hợp, hấp dẫn',
                  points: 8,
                },
              ],
            },
          ],
        },
        {
          number: '7',
          title: 'TÍNH ĐỘC ĐÁO',
          criteria: [
            {
              code: '7',
              title: 'TÍNH ĐỘC ĐÁO',
              max: 5,
              note: '(Chất lượng: Có nét riêng, khác biệt, không lẫn với sản phẩm khác)',
              options: [
                {
                  text: 'Trung bình',
                  points: 0,
                },
                {
                  text: 'Tương đối độc đáo',
                  points: 2,
                },
                {
                  text: 'Độc đáo',
                  points: 3,
                },
                {
                  text: 'Rất độc đáo',
                  points: 5,
                },
              ],
            },
          ],
        },
        {
          number: '8',
          title: 'CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM, KIỂM TRA ĐỊNH KỲ',
          criteria: [
            {
              code: '8.1',
              title: 'Hồ sơ công bố chất lượng sản phẩm',
              max: 3,
              note: 'Bản Tiêu chuẩn sản phẩm cần có phiếu kiểm nghiệm các chỉ tiêu ATTP',
              options: [
                {
                  text: 'Không có bản tự công bố (hoặc có nhưng không đúng)',
                  points: 0,
                },
                {
                  text: 'Có bản tự công bố nhưng thiếu',
                  points: 1,
                },
                {
                  text: 'Có bản tiêu chuẩn sản phẩm',
                  points: 2,
                },
                {
                  text: 'Có bản tự công bố (hoặc tương đương), có tiêu chuẩn sản phẩm',
                  points: 3,
                },
              ],
            },
            {
              code: '8.2',
              title: 'Kiểm tra định kỳ các chỉ tiêu ATTP',
              max: 2,
              note: 'Phiếu kiểm nghiệm định kỳ các chỉ tiêu ATTP',
              options: [
                {
                  text: 'Có, nhưng không đạt',
                  points: 0,
                },
                {
                  text: 'Có, đạt nhưng không đủ',
                  points: 1,
                },
                {
                  text: 'Có, đạt đầy đủ (vi sinh, kim loại nặng, phụ gia, hóa chất không mong muốn,…) theo quy định',
                  points: 2,
                },
              ],
            },
          ],
        },
        {
          number: '9',
          title: 'ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM',
          criteria: [
            {
              code: '9',
              title: 'ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM',
              max: 5,
              gate: {
                kind: 'stop',
                text: 'Không đánh giá các bước tiếp theo nếu Chứng nhận đủ điều kiện ATTP (hoặc tương đương) không phù hợp theo quy định',
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
                  text: 'Có chứng nhận quản lý chất lượng tiên tiến (ISO/GMP/HACCP/…)',
                  points: 4,
                },
                {
                  text: 'Có chứng nhận đủ điều kiện ATTP cho xuất khẩu và các thủ tục pháp lý khác theo yêu cầu của thị trường đích',
                  points: 5,
                },
              ],
            },
          ],
        },
        {
          number: '10',
          title: 'CƠ HỘI THỊ TRƯỜNG TOÀN CẦU',
          criteria: [
            {
              code: '10',
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
                  text: 'Có thể xuất khẩu đến các thị trường có tiêu chuẩn cao (Mỹ, Nhật, EU…)',
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
    '6.4: nguồn đánh số 6.1, 6.2, 6.3 rồi 6.5 (Vị), không có 6.4; giữ nguyên số 6.5 như nguồn, không thêm tiêu chí — tổng điểm vẫn đủ 40 cho phần C.',
    '2.1 lựa chọn (1): giữ nguyên cụm "chỉ thay đổi nhãn hiệu" như nguồn, dù phiếu Thảo dược không có cụm này (có lẽ chép thừa).',
    '2.1: giữ nguyên chữ "bảo tồn sản phẩm truyền thông" như trong nguồn (nhiều khả năng là "truyền thống").',
    'Mục chỉ có một tiêu chí ("tiêu chí duy nhất của mục"): mã tiêu chí là số mục, tên là tên mục.',
    'Các ghi chú "Bị loại nếu …" / "không đánh giá các bước tiếp theo" được ghi thành gate (điều kiện dừng đánh giá); các ghi chú khác giữ là note.',
  ],
};
