import { Paper, Stack, Text, Title } from '@mantine/core';

/** Placeholder for an area that a later release fills; says what will be there. */
export function ComingSoon({ title, items }: { title: string; items: string[] }) {
  return (
    <Stack>
      <Title order={2}>{title}</Title>
      <Paper withBorder p="lg">
        <Text fw={600} mb="xs">
          준비 중인 기능입니다. 다음 기능이 이 화면에 추가됩니다.
        </Text>
        <Stack gap={4} component="ul" m={0}>
          {items.map((item) => (
            <Text component="li" key={item}>
              {item}
            </Text>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
