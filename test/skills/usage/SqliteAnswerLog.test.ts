import { SqliteAnswerLog } from '../../../skills/usage/SqliteAnswerLog';
import { sqliteStoreFactory } from '../../support/storeFixture';
import { answerLogContract } from './AnswerLog.contract';

answerLogContract(
  'SQLite',
  sqliteStoreFactory((db) => new SqliteAnswerLog({ db })),
);
