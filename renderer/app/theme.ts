import { createTheme } from '@mantine/core';

// Korean UI fonts present on the office's Windows PCs first, then Linux/macOS equivalents.
const koreanSans = "'Malgun Gothic', '맑은 고딕', 'Apple SD Gothic Neo', 'Noto Sans KR', 'NanumGothic', sans-serif";

export const theme = createTheme({
  fontFamily: koreanSans,
  headings: { fontFamily: koreanSans },
  primaryColor: 'indigo',
  defaultRadius: 'sm',
});
