import { Button, Text } from '@mantine/core';
import { createContext, useContext } from 'react';

// Every number on the page is a button that lists the records behind it; the page owns the list (a modal), the
// numbers only say which figure they are.

export interface DrillTarget {
  key: string;
  title: string;
}

export const DrillContext = createContext<(target: DrillTarget) => void>(() => {});

/** A count that opens the list of its records. */
export function CountButton({
  n,
  drillKey,
  title,
  unit = '건',
  size = 'compact-sm',
  fz,
}: {
  n: number;
  drillKey: string;
  title: string;
  unit?: string;
  size?: string;
  fz?: number;
}) {
  const open = useContext(DrillContext);
  // Zero lists nothing: plain text, so the eye goes to the numbers that can be opened.
  if (n === 0)
    return (
      <Text component="span" c="dimmed" fz={fz ?? 'sm'} px={4} aria-label={`${title} 0${unit}`}>
        0{unit}
      </Text>
    );
  return (
    <Button
      variant="subtle"
      size={size}
      px={4}
      fz={fz}
      onClick={() => open({ key: drillKey, title })}
      aria-label={`${title} ${n}${unit} 목록 보기`}
    >
      {n.toLocaleString('ko-KR')}
      {unit}
    </Button>
  );
}
