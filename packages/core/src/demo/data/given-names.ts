/**
 * Given names for the demo's synthetic people, by sex and by the year a list was published, so a
 * person born in 1948 is called what babies were called then.
 *
 * Source, 1904–1994: Office for National Statistics, "Baby names in England and Wales: top 100
 * baby names historical data" (1904, 1914, … 1994), the 20 most common of each list; read from
 * the copy committed in lvalnegri/data-uk_babynames (data-raw/historic.csv, commit
 * be5bb015a9c21064ce1c0fd7339c0814f1235490). Source, 2020: ONS, "Baby names in England and
 * Wales: 2020", the ten most common (Oliver 4,225 … Jack 2,900; Olivia 3,640 … Sophia 2,028),
 * as reported from that release. Contains public sector information licensed under the Open
 * Government Licence v3.0.
 *
 * The lists are England and Wales as a whole, not the area: they do not follow a person's
 * ethnic group (a limitation written down in docs/adr/0017-synthetic-population.md).
 */
export interface NameList {
  /** The year of births the list describes. */
  readonly year: number;
  readonly names: readonly string[];
}

export const GIVEN_NAMES_SOURCE =
  'ONS, Baby names in England and Wales: top 100 historical data 1904–1994 (top 20 of each list) and 2020 (top 10)';

export const GIVEN_NAMES: { readonly male: readonly NameList[]; readonly female: readonly NameList[] } = {
  male: [
    { year: 1904, names: ['William', 'John', 'George', 'Thomas', 'Arthur', 'James', 'Charles', 'Frederick', 'Albert', 'Ernest', 'Alfred', 'Edward', 'Joseph', 'Harold', 'Robert', 'Frank', 'Henry', 'Harry', 'Walter', 'Reginald'] },
    { year: 1914, names: ['John', 'William', 'George', 'Thomas', 'James', 'Arthur', 'Frederick', 'Albert', 'Charles', 'Robert', 'Edward', 'Joseph', 'Ernest', 'Alfred', 'Frank', 'Henry', 'Leslie', 'Harold', 'Harry', 'Leonard'] },
    { year: 1924, names: ['John', 'William', 'George', 'James', 'Thomas', 'Ronald', 'Kenneth', 'Robert', 'Arthur', 'Frederick', 'Peter', 'Edward', 'Albert', 'Charles', 'Leslie', 'Joseph', 'Stanley', 'Eric', 'Frank', 'Dennis'] },
    { year: 1934, names: ['John', 'Peter', 'William', 'Brian', 'David', 'James', 'Michael', 'Ronald', 'Kenneth', 'George', 'Robert', 'Thomas', 'Alan', 'Derek', 'Raymond', 'Anthony', 'Roy', 'Donald', 'Dennis', 'Edward'] },
    { year: 1944, names: ['John', 'David', 'Michael', 'Peter', 'Robert', 'Anthony', 'Brian', 'Alan', 'William', 'James', 'Richard', 'Kenneth', 'Roger', 'Keith', 'Colin', 'Christopher', 'Raymond', 'Terence', 'Thomas', 'Barry'] },
    { year: 1954, names: ['David', 'John', 'Stephen', 'Michael', 'Peter', 'Robert', 'Paul', 'Alan', 'Christopher', 'Richard', 'Anthony', 'Andrew', 'Ian', 'James', 'William', 'Philip', 'Brian', 'Keith', 'Graham', 'Kevin'] },
    { year: 1964, names: ['David', 'Paul', 'Andrew', 'Mark', 'John', 'Michael', 'Stephen', 'Ian', 'Robert', 'Richard', 'Christopher', 'Peter', 'Simon', 'Anthony', 'Kevin', 'Gary', 'Steven', 'Martin', 'James', 'Philip'] },
    { year: 1974, names: ['Paul', 'Mark', 'David', 'Andrew', 'Richard', 'Christopher', 'James', 'Simon', 'Michael', 'Matthew', 'Stephen', 'Lee', 'John', 'Robert', 'Darren', 'Daniel', 'Steven', 'Jason', 'Nicholas', 'Jonathan'] },
    { year: 1984, names: ['Christopher', 'James', 'David', 'Daniel', 'Michael', 'Matthew', 'Andrew', 'Richard', 'Paul', 'Mark', 'Thomas', 'Adam', 'Robert', 'John', 'Lee', 'Benjamin', 'Steven', 'Jonathan', 'Craig', 'Stephen'] },
    { year: 1994, names: ['Thomas', 'James', 'Jack', 'Daniel', 'Matthew', 'Ryan', 'Joshua', 'Luke', 'Samuel', 'Jordan', 'Adam', 'Michael', 'Alexander', 'Christopher', 'Benjamin', 'Joseph', 'Liam', 'Jake', 'William', 'Andrew'] },
    { year: 2020, names: ['Oliver', 'George', 'Arthur', 'Noah', 'Muhammed', 'Leo', 'Oscar', 'Harry', 'Archie', 'Jack'] },
  ],
  female: [
    { year: 1904, names: ['Mary', 'Florence', 'Doris', 'Edith', 'Dorothy', 'Annie', 'Margaret', 'Alice', 'Elizabeth', 'Elsie', 'Gladys', 'Winifred', 'Ethel', 'Hilda', 'Lilian', 'Ivy', 'Violet', 'Kathleen', 'Ellen', 'Lily'] },
    { year: 1914, names: ['Mary', 'Margaret', 'Doris', 'Dorothy', 'Kathleen', 'Florence', 'Elsie', 'Edith', 'Elizabeth', 'Winifred', 'Gladys', 'Annie', 'Alice', 'Phyllis', 'Hilda', 'Lilian', 'Ivy', 'Marjorie', 'Ethel', 'Violet'] },
    { year: 1924, names: ['Margaret', 'Mary', 'Joan', 'Joyce', 'Dorothy', 'Kathleen', 'Doris', 'Irene', 'Elizabeth', 'Eileen', 'Betty', 'Jean', 'Marjorie', 'Gladys', 'Doreen', 'Vera', 'Elsie', 'Barbara', 'Winifred', 'Edna'] },
    { year: 1934, names: ['Margaret', 'Jean', 'Mary', 'Joan', 'Patricia', 'Sheila', 'Barbara', 'Doreen', 'June', 'Shirley', 'Dorothy', 'Joyce', 'Maureen', 'Elizabeth', 'Audrey', 'Brenda', 'Kathleen', 'Sylvia', 'Eileen', 'Pamela'] },
    { year: 1944, names: ['Margaret', 'Patricia', 'Christine', 'Mary', 'Jean', 'Ann', 'Susan', 'Janet', 'Maureen', 'Barbara', 'Valerie', 'Carol', 'Sandra', 'Pauline', 'Elizabeth', 'Joan', 'Pamela', 'Jennifer', 'Kathleen', 'Anne'] },
    { year: 1954, names: ['Susan', 'Linda', 'Christine', 'Margaret', 'Janet', 'Patricia', 'Carol', 'Elizabeth', 'Mary', 'Anne', 'Ann', 'Jane', 'Jacqueline', 'Barbara', 'Sandra', 'Gillian', 'Pauline', 'Elaine', 'Lesley', 'Angela'] },
    { year: 1964, names: ['Susan', 'Julie', 'Karen', 'Jacqueline', 'Deborah', 'Tracey', 'Jane', 'Helen', 'Diane', 'Sharon', 'Tracy', 'Angela', 'Sarah', 'Alison', 'Caroline', 'Amanda', 'Sandra', 'Linda', 'Catherine', 'Elizabeth'] },
    { year: 1974, names: ['Sarah', 'Claire', 'Nicola', 'Emma', 'Lisa', 'Joanne', 'Michelle', 'Helen', 'Samantha', 'Karen', 'Amanda', 'Rachel', 'Louise', 'Julie', 'Clare', 'Rebecca', 'Sharon', 'Victoria', 'Caroline', 'Susan'] },
    { year: 1984, names: ['Sarah', 'Laura', 'Gemma', 'Emma', 'Rebecca', 'Claire', 'Victoria', 'Samantha', 'Rachel', 'Amy', 'Jennifer', 'Nicola', 'Katie', 'Lisa', 'Kelly', 'Natalie', 'Louise', 'Michelle', 'Hayley', 'Hannah'] },
    { year: 1994, names: ['Rebecca', 'Lauren', 'Jessica', 'Charlotte', 'Hannah', 'Sophie', 'Amy', 'Emily', 'Laura', 'Emma', 'Chloe', 'Sarah', 'Lucy', 'Katie', 'Bethany', 'Jade', 'Megan', 'Alice', 'Rachel', 'Samantha'] },
    { year: 2020, names: ['Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Lily', 'Isabella', 'Rosie', 'Sophia'] },
  ],
};
